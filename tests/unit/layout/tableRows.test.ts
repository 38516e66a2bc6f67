import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../src/components/timeline/tableRows';
import type { Item } from '../../../src/domain/planSchema';
import { comparedWithBaseline, withBaseline } from '../../factories/compared';
import { makeMilestone, makePlan } from '../../factories/plans';

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

describe('tableRows of a plan with links', () => {
  const plan = makePlan({
    items: [
      makeMilestone({ id: 'a', label: 'Palkanlaskenta valmis', date: '2022-09-15' }),
      makeMilestone({ id: 'b', label: 'Testiympäristö valmiina', date: '2022-10-01' }),
      makeMilestone({ id: 'c', label: 'Käyttöönotto', date: '2022-11-01' }),
    ],
    dependencies: [
      { id: 'd1', from: 'a', to: 'c', kind: 'finishToStart' },
      { id: 'd2', from: 'b', to: 'c', kind: 'finishToStart' },
    ],
  });
  const byId = (key: 'predecessors' | 'successors') =>
    Object.fromEntries(tableRows(plan, 'lane', true, status).map((r) => [r.id, r[key]]));

  it('names each item’s predecessors and successors, a gate with all of its links', () => {
    expect(byId('predecessors')).toEqual({
      a: '',
      b: '',
      c: 'Palkanlaskenta valmis; Testiympäristö valmiina',
    });
    expect(byId('successors')).toEqual({ a: 'Käyttöönotto', b: 'Käyttöönotto', c: '' });
  });

  it('sorts by predecessors like any text column', () => {
    expect(tableRows(plan, 'predecessors', false, status).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});
