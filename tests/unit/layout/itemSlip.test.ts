import { describe, expect, it } from 'vitest';
import { shortSlipOf, slipText, slippedByLane } from '../../../src/components/timeline/itemSlip';
import { comparedWithBaseline, withBaseline } from '../../factories/compared';
import { tFor } from '../../factories/changes';
import { makeMilestone } from '../../factories/plans';

const plan = withBaseline([
  { type: 'items/shift', ids: ['item-1'], shift: { amount: 21, unit: 'day' } },
  { type: 'items/shift', ids: ['item-2'], shift: { amount: -3, unit: 'day' } },
  { type: 'item/add', item: makeMilestone({ id: 'item-9', rowId: 'row-3', label: 'Go-live' }) },
]);
const result = comparedWithBaseline(plan);
const item = (id: string) => plan.items.find((i) => i.id === id)!;

describe('slip at a glance', () => {
  it('counts per lane the items that end later than in the baseline, not earlier or new ones', () => {
    expect([...slippedByLane(result)]).toEqual([['lane-1', 1]]);
    expect(slippedByLane(undefined).size).toBe(0);
  });

  it.each([
    ['item-1', '+3 vk', '+3 vk (vertailukohdassa 1.9.2022–30.9.2022)'],
    ['item-2', '−3 pv', '−3 pv (vertailukohdassa 1.4.2022)'],
    ['item-9', 'uusi, ei vertailukohdassa', 'uusi, ei vertailukohdassa'],
  ])('%s: in short "%s", in the details "%s"', (id, short, long) => {
    expect(shortSlipOf(result, item(id), tFor('fi'))).toBe(short);
    expect(slipText(result, item(id), tFor('fi'), 'fi')).toBe(long);
  });

  it('says nothing while not comparing', () => {
    expect(shortSlipOf(undefined, item('item-1'), tFor('fi'))).toBeNull();
  });
});
