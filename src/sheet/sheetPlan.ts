import { addDays, localCalendarDate } from '../domain/calendarDate';
import { createBlankPlan } from '../domain/planFactory';
import type { Plan } from '../domain/planSchema';
import { applySheetImport } from '../domain/sheetImportCommand';
import type { SheetImport } from './importSheets';

/**
 * A new plan holding what a sheet imports: its window from the first month with anything in it
 * to the last, its as-of date today.
 */
export function newPlanFromImport(
  imported: SheetImport,
  title: string,
  today: Date = new Date(),
): Plan {
  const blank = createBlankPlan({ title, today });
  const plan = applySheetImport(blank, imported.command);
  const dates = [
    ...plan.items.flatMap((i) => (i.type === 'phase' ? [i.start, i.end] : [i.date])),
    ...plan.tracks.flatMap((t) => t.checkpoints.map((c) => c.date)),
    ...plan.markers.flatMap((m) => (m.type === 'blackout' ? [m.start, m.end] : [m.date])),
  ].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return { ...plan, asOf: localCalendarDate(today) };
  const end = addDays(`${nextMonth(last)}-01`, -1);
  return { ...plan, window: { start: `${first.slice(0, 7)}-01`, end } };
}

function nextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01`
    : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}
