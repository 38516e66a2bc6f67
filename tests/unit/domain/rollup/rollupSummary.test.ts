import { describe, expect, it } from 'vitest';
import { takeBaseline } from '../../../../src/domain/comparison/snapshotOf';
import { NO_FILTER, type RollupFilter } from '../../../../src/domain/rollup/rollupFilter';
import {
  rollupSummary,
  sortSummary,
  type SummaryLine,
} from '../../../../src/domain/rollup/rollupSummary';
import { namesOf, twoCounties, withPlan } from '../../../factories/rollupSources';

const line = (key: string, counts: Partial<SummaryLine>): SummaryLine => ({
  key,
  total: 0,
  late: 0,
  atRisk: 0,
  done: 0,
  slipped: null,
  ...counts,
});

/** Pirkanmaa with a baseline in which its Go-live was a month earlier and Testaus as now. */
function withBaseline() {
  const [ks, p] = twoCounties();
  const earlier = {
    ...p!.plan,
    items: p!.plan.items.map((i) => (i.id === 'p-2' ? { ...i, date: '2022-03-01' } : i)),
  };
  const baseline = takeBaseline(earlier, { id: 'b1', name: 'Ohjausryhmä', savedOn: '2022-03-02' });
  return [ks!, withPlan(p!, { baselines: [baseline] })];
}

describe('the roll-up’s summary', () => {
  it.each<[string, Partial<RollupFilter>, SummaryLine[], SummaryLine[]]>([
    [
      // Digialusta (1.4.2022, planned) is past the status date 15.6.2022 and not done: late.
      'counts every item per plan and per lane kind',
      {},
      [line('s1', { total: 2, late: 1, done: 1 }), line('s2', { total: 3, late: 2, atRisk: 1 })],
      [
        line('hallinto', { total: 1, done: 1 }),
        line('tosi', { total: 3, late: 2, atRisk: 1 }),
        line('custom', { total: 1, late: 1 }),
      ],
    ],
    [
      'counts what the filter lets through',
      { statuses: new Set(['late']) },
      [line('s1', { total: 1, late: 1 }), line('s2', { total: 2, late: 2 })],
      [line('tosi', { total: 2, late: 2 }), line('custom', { total: 1, late: 1 })],
    ],
    [
      'leaves out a plan filtered out',
      { sourceKeys: new Set(['s1']) },
      [line('s1', { total: 2, late: 1, done: 1 })],
      [line('hallinto', { total: 1, done: 1 }), line('tosi', { total: 1, late: 1 })],
    ],
  ])('%s', (_, filter, byPlan, byKind) => {
    const sources = twoCounties();
    expect(rollupSummary(sources, namesOf(sources), { ...NO_FILTER, ...filter })).toEqual({
      byPlan,
      byKind,
    });
  });

  it('counts the items that slipped since the chosen baseline, only where a plan has one', () => {
    const sources = withBaseline();
    const { byPlan, byKind } = rollupSummary(sources, namesOf(sources), NO_FILTER);
    expect(byPlan.map((l) => [l.key, l.slipped])).toEqual([
      ['s1', null],
      ['s2', 1],
    ]);
    expect(byKind.map((l) => [l.key, l.slipped])).toEqual([
      ['hallinto', null],
      ['tosi', 1],
      ['custom', 0],
    ]);
  });

  it.each([
    ['late', true, ['b', 'a', 'c']],
    ['late', false, ['c', 'a', 'b']],
    ['name', false, ['a', 'b', 'c']],
    ['slipped', true, ['a', 'b', 'c']],
  ] as const)('sorts by %s (descending %s)', (column, descending, keys) => {
    const lines = [
      line('a', { late: 2, slipped: 3 }),
      line('b', { late: 5, slipped: 1 }),
      line('c', { late: 0 }),
    ];
    expect(sortSummary(lines, column, descending, (k) => k).map((l) => l.key)).toEqual(keys);
  });
});
