import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SaveIndicator from '../../src/components/SaveIndicator.svelte';
import type { PlanRepository, StoredPlan } from '../../src/persistence/planRepository';
import { OpenPlan } from '../../src/state/openPlan.svelte';
import { makePlan } from '../factories/plans';

const stored: StoredPlan = { id: 'plan-a', revision: 0, savedAt: new Date(), plan: makePlan() };

function failingRepository(): PlanRepository {
  return {
    save: () => Promise.reject(new DOMException('', 'QuotaExceededError')),
  } as unknown as PlanRepository;
}

describe('OpenPlan when IndexedDB refuses the write', () => {
  it('keeps the edit in memory and reports the failure, never "saved"', async () => {
    const open = new OpenPlan(stored, failingRepository());
    const edited = { ...open.plan, title: 'Muokattu' };
    open.update(edited);
    await open.flush();
    expect(open.plan).toBe(edited);
    expect(open.status.kind).toBe('failed');
    expect(open.dirty).toBe(true);
    open.dispose();
  });

  it('shows the failure on screen in the user’s words', () => {
    render(SaveIndicator, { status: { kind: 'failed', error: new Error('x') } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Tallennus epäonnistui. Muutokset ovat tallessa vain tässä välilehdessä',
    );
  });

  it('shows "saved" with the time of the committed write', () => {
    const at = new Date();
    at.setHours(14, 32);
    render(SaveIndicator, { status: { kind: 'saved', at } });
    expect(screen.getByRole('status')).toHaveTextContent('Tallennettu 14.32');
  });
});
