import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import { takeBaseline } from '../../../src/domain/comparison/snapshotOf';
import type { Plan } from '../../../src/domain/planSchema';
import { Comparison } from '../../../src/state/comparison.svelte';
import { makePlan } from '../../factories/plans';

function setup() {
  const baseline = takeBaseline(makePlan(), {
    id: 'b1',
    name: 'Ohjausryhmä',
    savedOn: '2022-03-14',
  });
  let plan: Plan = makePlan({ baselines: [baseline] });
  const comparison = new Comparison(() => plan);
  return { comparison, edit: (next: (p: Plan) => Plan) => (plan = next(plan)) };
}

describe('the comparison of the open plan', () => {
  it('is off until started, and compares with the chosen baseline once its code has loaded', async () => {
    const { comparison } = setup();
    expect(comparison.result).toBeNull();
    await comparison.start({ kind: 'baseline' });
    expect(comparison.result?.baseline?.name).toBe('Ohjausryhmä');
    expect(comparison.result?.comparison.items).toEqual([]);
    comparison.stop();
    expect(comparison.result).toBeNull();
  });

  it('follows the edits of the plan', async () => {
    const { comparison, edit } = setup();
    await comparison.start({ kind: 'baseline' });
    edit((p) => applyCommand(p, { type: 'items/delete', ids: ['item-1'] }));
    expect(comparison.result?.comparison.items.map((d) => [d.kind, d.id])).toEqual([
      ['removed', 'item-1'],
    ]);
  });

  it('has nothing to show for a baseline comparison of a plan without baselines', async () => {
    const { comparison, edit } = setup();
    edit((p) => ({ ...p, baselines: [] }));
    await comparison.start({ kind: 'baseline' });
    expect(comparison.result).toBeNull();
  });
});
