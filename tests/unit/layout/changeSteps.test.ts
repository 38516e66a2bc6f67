import { describe, expect, it } from 'vitest';
import { changeSteps } from '../../../src/layout/changeSteps';
import { comparedAfter } from '../../factories/comparedPlan';
import { comparedSample } from '../../factories/comparedSample';
import { makeLane, makePhase, makePlan } from '../../factories/plans';

describe('changeSteps', () => {
  it('makes one step per lane with changes, in the plan’s order, counting each lane’s', () => {
    const { compared } = comparedSample();
    expect(changeSteps(compared).map((s) => [s.laneName, s.count])).toEqual([
      ['TORI', 1],
      ['TOSI', 3],
      ['ICT-infra', 3],
    ]);
  });

  it('frames the months of the changes, before and after, with a month on each side', () => {
    const { compared } = comparedSample();
    const tosi = changeSteps(compared).find((s) => s.laneName === 'TOSI');
    // Testiympäristö 15.6 → 10.6, Datamigraatiot 1.8–30.9 → 22.8–21.10, another to 21.10.
    expect(tosi?.frame).toEqual({ start: '2022-05-01', end: '2022-11-30' });
  });

  it('has no steps without changes, and counts an item moved to another lane in its new lane', () => {
    const plan = makePlan({
      tracks: [],
      lanes: [
        makeLane(),
        makeLane({ id: 'lane-2', name: 'TORI', rows: [{ id: 'row-3', name: 'X' }] }),
      ],
      items: [makePhase()],
    });
    expect(changeSteps(comparedAfter(plan, []).result)).toEqual([]);
    const moved = comparedAfter(plan, [
      { type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-3' },
    ]);
    expect(changeSteps(moved.result).map((s) => [s.laneId, s.count])).toEqual([['lane-2', 1]]);
  });
});
