import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ChangesView from '../../src/components/comparison/ChangesView.svelte';
import { Comparison } from '../../src/state/comparison.svelte';
import { locale } from '../../src/state/locale.svelte';
import { withBaseline } from '../factories/compared';
import { TWO_LANES } from '../factories/changes';

beforeEach(() => locale.set('fi'));

describe('the Muutokset view', () => {
  it('says how to start a comparison when none is on', () => {
    render(ChangesView, {
      plan: TWO_LANES,
      comparison: new Comparison(() => TWO_LANES),
      onshow() {},
    });
    expect(screen.getByTestId('changes-view').textContent).toContain('Vertailu ei ole päällä');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers the chosen baseline, and lists the changes once compared with it', async () => {
    const user = userEvent.setup();
    const plan = withBaseline([
      { type: 'items/shift', ids: ['item-1'], shift: { amount: 21, unit: 'day' } },
    ]);
    const comparison = new Comparison(() => plan);
    render(ChangesView, { plan, comparison, onshow() {} });
    await user.click(
      screen.getByRole('button', { name: 'Vertaa vertailukohtaan ”Ohjausryhmä 14.3.2022”' }),
    );
    flushSync();
    const line = await screen.findByTestId('change-line');
    expect(line.textContent).toContain('Testaus siirtyi 3 viikkoa myöhemmäksi');
  });
});
