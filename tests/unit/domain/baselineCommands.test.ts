import '../../../src/domain/partCommands';
import { describe, expect, it } from 'vitest';
import { chosenBaseline } from '../../../src/domain/baselineCommands';
import { applyCommand, type Command } from '../../../src/domain/commands';
import { takeBaseline } from '../../../src/domain/comparison/snapshotOf';
import { execute } from '../../../src/domain/execute';
import { planSchema, type Plan } from '../../../src/domain/planSchema';
import { makePlan } from '../../factories/plans';

const PLAN = makePlan();
const baseline = (id: string, savedOn: string) =>
  takeBaseline(PLAN, { id, name: `Ohjausryhmä ${id}`, savedOn });
const run = (plan: Plan, ...commands: Command[]) => commands.reduce(applyCommand, plan);
const WITH_TWO = run(
  PLAN,
  { type: 'baseline/add', baseline: baseline('b1', '2022-03-14') },
  { type: 'baseline/add', baseline: baseline('b2', '2022-04-11') },
);

describe('baselines', () => {
  it('keep each item’s dates, row, status and label, and nothing else of it', () => {
    const kept = baseline('b1', '2022-03-14');
    expect(kept.items[0]).toEqual({
      id: 'item-1',
      rowId: 'row-2',
      label: 'Testaus',
      status: 'inProgress',
      type: 'phase',
      start: '2022-09-01',
      end: '2022-09-30',
    });
    expect(kept.tracks[0]?.checkpoints).toEqual(PLAN.tracks[0]?.checkpoints);
    expect(planSchema.safeParse({ ...PLAN, baselines: [kept] }).success).toBe(true);
  });

  it('compare against the newest unless one is chosen', () => {
    expect(chosenBaseline(WITH_TWO)?.id).toBe('b2');
    const chosen = run(WITH_TWO, { type: 'baseline/choose', id: 'b1' });
    expect(chosenBaseline(chosen)?.id).toBe('b1');
    expect(chosenBaseline(run(chosen, { type: 'baseline/choose', id: undefined }))?.id).toBe('b2');
    expect(chosenBaseline(PLAN)).toBeUndefined();
  });

  it('can be renamed and deleted; deleting the chosen one goes back to the newest', () => {
    const renamed = run(WITH_TWO, { type: 'baseline/rename', id: 'b1', name: 'Maaliskuu' });
    expect(renamed.baselines.map((b) => b.name)).toEqual(['Maaliskuu', 'Ohjausryhmä b2']);
    const chosen = run(WITH_TWO, { type: 'baseline/choose', id: 'b2' });
    const deleted = run(chosen, { type: 'baseline/delete', id: 'b2' });
    expect(deleted.baselines.map((b) => b.id)).toEqual(['b1']);
    expect('compareWith' in deleted).toBe(false);
  });

  it('a new baseline becomes the one compared against', () => {
    const chosen = run(WITH_TWO, { type: 'baseline/choose', id: 'b1' });
    const added = run(chosen, { type: 'baseline/add', baseline: baseline('b3', '2022-05-09') });
    expect(chosenBaseline(added)?.id).toBe('b3');
  });

  it.each<[string, Command]>([
    ['a chosen baseline that does not exist', { type: 'baseline/choose', id: 'nope' }],
    [
      'a second baseline with the same id',
      { type: 'baseline/add', baseline: baseline('b1', '2022-06-01') },
    ],
    ['a blank name', { type: 'baseline/rename', id: 'b1', name: '  ' }],
  ])('refuses %s', (_, command) => {
    const result = execute(WITH_TWO, command);
    expect(result.ok).toBe(false);
  });
});
