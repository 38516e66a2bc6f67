import { addDays, addMonths, type CalendarDate } from '../domain/calendarDate';
import type { BaselineItem } from '../domain/planSchema';
import type { CompareInput } from './comparisonLayout';
import type { Frame } from './presentationFrame';

/** One step of a presentation's "Muutokset": a lane with changes and the months they span. */
export interface ChangeStep {
  laneId: string;
  laneName: string;
  /** Items added, removed or changed in the lane (an item moved here counts here). */
  count: number;
  /** Whole months around every changed item's dates, before and after, with a month's margin. */
  frame: Frame;
}

const datesOf = (item: BaselineItem): CalendarDate[] =>
  item.type === 'milestone' ? [item.date] : [item.start, item.end];

/** The lanes of the open plan that have changes, in its order; a lane deleted since has none. */
export function changeSteps({ comparison, before, after }: CompareInput): ChangeStep[] {
  const laneOf = new Map<string, string>();
  for (const lane of before.lanes) for (const row of lane.rows) laneOf.set(row.id, lane.id);
  for (const lane of after.lanes) for (const row of lane.rows) laneOf.set(row.id, lane.id);
  const found = new Map<string, { count: number; dates: CalendarDate[] }>();
  for (const diff of comparison.items) {
    const now = diff.kind === 'removed' ? diff.before : diff.after;
    const laneId = laneOf.get(now.rowId);
    if (laneId === undefined) continue;
    const entry = found.get(laneId) ?? { count: 0, dates: [] };
    entry.count += 1;
    entry.dates.push(...datesOf(now), ...(diff.kind === 'changed' ? datesOf(diff.before) : []));
    found.set(laneId, entry);
  }
  return after.lanes.flatMap((lane) => {
    const entry = found.get(lane.id);
    if (!entry) return [];
    const sorted = entry.dates.sort();
    const first = `${(sorted[0] as string).slice(0, 7)}-01`;
    const last = `${(sorted.at(-1) as string).slice(0, 7)}-01`;
    const frame = { start: addMonths(first, -1), end: addDays(addMonths(last, 2), -1) };
    return [{ laneId: lane.id, laneName: lane.name, count: entry.count, frame }];
  });
}
