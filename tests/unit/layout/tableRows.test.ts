import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../src/components/timeline/tableRows';
import type { Item } from '../../../src/domain/planSchema';
import { comparedWithBaseline, withBaseline } from '../../factories/compared';
import { makeMilestone } from '../../factories/plans';

const status = (item: Item) => item.status;

describe('tableRows while comparing', () => {
  const plan = withBaseline([
    { type: 'items/shift', ids: ['item-1'], shift: { amount: 21, unit: 'day' } },
    {
      type: 'item/add',
      item: makeMilestone({ id: 'item-9', label: 'Go-live', date: '2023-01-01' }),
    },
  ]);
  const { comparison } = comparedWithBaseline(plan);

  it('gives each item its dates in the baseline and its slip; a new item none', () => {
    const rows = tableRows(plan, 'lane', true, status, comparison);
    expect(rows.map((r) => [r.item, r.baselineStart, r.baselineEnd, r.slip])).toEqual([
      ['Suunnittelu valmis', '2022-04-01', '2022-04-01', 0],
      ['Go-live', '', '', null],
      ['Testaus', '2022-09-01', '2022-09-30', 21],
    ]);
  });

  it('sorts by slip, new items last either way', () => {
    const slips = (ascending: boolean) =>
      tableRows(plan, 'slip', ascending, status, comparison).map((r) => r.slip);
    expect(slips(true)).toEqual([0, 21, null]);
    expect(slips(false)).toEqual([21, 0, null]);
  });

  it('leaves the columns empty when not comparing', () => {
    expect(tableRows(plan, 'lane', true, status).every((r) => r.slip === null)).toBe(true);
  });
});
