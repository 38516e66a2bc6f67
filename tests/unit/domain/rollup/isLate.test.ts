import { describe, expect, it } from 'vitest';
import type { Item, Status } from '../../../../src/domain/planSchema';
import { isLate, rollupAsOf } from '../../../../src/domain/rollup/isLate';
import { NO_FILTER } from '../../../../src/domain/rollup/rollupFilter';
import { rollupGroups } from '../../../../src/domain/rollup/rollupGroups';
import { rollupSummary } from '../../../../src/domain/rollup/rollupSummary';
import { generatePlan } from '../../../factories/generatePlan';
import { makeMilestone, makePhase } from '../../../factories/plans';

const AS_OF = '2022-06-15';
const milestone = (date: string, status: Status): Item => makeMilestone({ date, status });
const phase = (end: string, status: Status): Item =>
  makePhase({ start: '2022-01-01', end, status });

describe('what the roll-up calls late', () => {
  it.each<[string, Item, boolean]>([
    ['marked late, still to come', milestone('2022-12-01', 'late'), true],
    ['marked late, already past', phase('2022-03-31', 'late'), true],
    ['a milestone past and not done', milestone('2022-06-14', 'planned'), true],
    ['a phase ended and still in progress', phase('2022-05-31', 'inProgress'), true],
    ['a phase ended, at risk', phase('2022-05-31', 'atRisk'), true],
    ['a tentative milestone past', milestone('2022-02-01', 'tentative'), true],
    ['done, though past', milestone('2022-02-01', 'done'), false],
    ['a phase done, though past', phase('2022-05-31', 'done'), false],
    ['ending on the status date itself', phase(AS_OF, 'inProgress'), false],
    ['a milestone on the status date', milestone(AS_OF, 'planned'), false],
    ['still to come', milestone('2022-06-16', 'planned'), false],
    ['a phase running past the status date', phase('2022-09-30', 'atRisk'), false],
  ])('%s', (_, item, late) => {
    expect(isLate(item, AS_OF)).toBe(late);
  });

  it.each([
    [['2022-06-15', '2022-11-30', '2022-09-01'], '2022-11-30'],
    [['2024-01-31'], '2024-01-31'],
  ])('judges against the newest plan’s status date: %j', (dates, asOf) => {
    expect(rollupAsOf(dates.map((date) => ({ asOf: date })))).toBe(asOf);
  });

  it('counts in the summary exactly what the "late" filter shows', () => {
    const sources = [1, 2, 3].map((seed) => ({
      key: `s${seed}`,
      plan: { ...generatePlan({ items: 200, seed, years: 2 }), asOf: `2024-0${seed + 5}-15` },
    }));
    const names = new Map<string, string>();
    const late = { ...NO_FILTER, statuses: new Set(['late'] as const) };
    const asOf = rollupAsOf(sources.map((s) => s.plan));
    const all = rollupSummary(sources, names, NO_FILTER).byPlan;
    const filtered = rollupSummary(sources, names, late).byPlan;
    const shown = rollupGroups({ sources, names, grouping: 'plan', filter: late });
    for (const [i, source] of sources.entries()) {
      const expected = source.plan.items.filter((item) => isLate(item, asOf)).length;
      const onChart = shown
        .filter((g) => g.of === source.key)
        .reduce((sum, g) => sum + g.rows.reduce((n, r) => n + r.items.length, 0), 0);
      expect([all[i]!.late, filtered[i]!.late, filtered[i]!.total, onChart]).toEqual([
        expected,
        expected,
        expected,
        expected,
      ]);
    }
    // More than the items marked late: those past their end and not done count too.
    const marked = sources.flatMap((s) => s.plan.items).filter((i) => i.status === 'late').length;
    expect(all.reduce((sum, line) => sum + line.late, 0)).toBeGreaterThan(marked);
  });
});
