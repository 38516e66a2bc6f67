import { chosenBaseline } from '../baselineCommands';
import { LANE_KINDS, type Item, type LaneKind, type Plan } from '../planSchema';
import { isLate, rollupAsOf } from './isLate';
import { laneKindOf } from './laneKindOf';
import { itemPasses, kindPasses, sourcePasses, type RollupFilter } from './rollupFilter';
import type { RollupSource } from './rollupSource';

/** One line of the summary: a plan's or a lane kind's items, as the filter lets them through. */
export interface SummaryLine {
  /** The plan's key, or the lane kind. */
  key: string;
  total: number;
  /** Marked late, or past their end and not done (isLate). */
  late: number;
  atRisk: number;
  done: number;
  /** Items that end later than in the plan's chosen baseline; null when no plan here has one. */
  slipped: number | null;
}

export interface RollupSummary {
  byPlan: SummaryLine[];
  byKind: SummaryLine[];
}

const emptyLine = (key: string): SummaryLine => ({
  key,
  total: 0,
  late: 0,
  atRisk: 0,
  done: 0,
  slipped: null,
});

const endOf = (item: Pick<Item, 'type'> & { date?: string; end?: string }) =>
  (item.type === 'milestone' ? item.date : item.end) ?? '';

/** The end of each item in the plan's chosen baseline; null when the plan has none. */
function baselineEnds(plan: Plan): Map<string, string> | null {
  const baseline = chosenBaseline(plan);
  return baseline ? new Map(baseline.items.map((item) => [item.id, endOf(item)])) : null;
}

/** Counts per plan and per lane kind; kinds without items are left out. */
export function rollupSummary(
  sources: readonly RollupSource[],
  names: ReadonlyMap<string, string>,
  filter: RollupFilter,
): RollupSummary {
  const byKind = new Map<LaneKind, SummaryLine>(LANE_KINDS.map((k) => [k, emptyLine(k)]));
  const byPlan: SummaryLine[] = [];
  const asOf = rollupAsOf(sources.map((source) => source.plan));
  for (const source of sources) {
    if (!sourcePasses(filter, source.key)) continue;
    const { plan } = source;
    const line = emptyLine(source.key);
    const ends = baselineEnds(plan);
    const sourceName = names.get(source.key) ?? plan.title;
    const laneOfRow = new Map(
      plan.lanes.flatMap((lane) => lane.rows.map((row) => [row.id, { lane, row }] as const)),
    );
    for (const item of plan.items) {
      const place = laneOfRow.get(item.rowId);
      if (!place) continue;
      const kind = laneKindOf(place.lane);
      const context = `${place.row.name}\n${place.lane.name}\n${sourceName}`;
      if (!kindPasses(filter, kind) || !itemPasses(filter, item, context, asOf)) continue;
      const slipped = ends ? isLater(endOf(item), ends.get(item.id)) : null;
      const late = isLate(item, asOf);
      count(line, item, late, slipped);
      count(byKind.get(kind)!, item, late, slipped);
    }
    byPlan.push(line);
  }
  return { byPlan, byKind: [...byKind.values()].filter((line) => line.total > 0) };
}

const isLater = (end: string, before: string | undefined) => before !== undefined && end > before;

function count(line: SummaryLine, item: Item, late: boolean, slipped: boolean | null): void {
  line.total += 1;
  if (late) line.late += 1;
  if (item.status === 'atRisk') line.atRisk += 1;
  if (item.status === 'done') line.done += 1;
  if (slipped !== null) line.slipped = (line.slipped ?? 0) + (slipped ? 1 : 0);
}

export type SummaryColumn = 'name' | 'total' | 'late' | 'atRisk' | 'done' | 'slipped';

/** The lines sorted by a column, names in Finnish collation; ties keep the plans' order. */
export function sortSummary(
  lines: readonly SummaryLine[],
  column: SummaryColumn,
  descending: boolean,
  nameOf: (key: string) => string,
): SummaryLine[] {
  const value = (line: SummaryLine) => (column === 'name' ? 0 : (line[column] ?? -1));
  const compare = (a: SummaryLine, b: SummaryLine) =>
    column === 'name' ? nameOf(a.key).localeCompare(nameOf(b.key), 'fi') : value(a) - value(b);
  return [...lines].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)));
}
