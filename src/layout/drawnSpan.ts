import { addDays, addMonths, fromDayNumber, type CalendarDate } from '../domain/calendarDate';
import { weekdayOfDay } from '../domain/isoWeek';
import { headerKind } from './headerTicks';
import type { SnapUnit } from './snapping';
import type { TimeScale } from './timeScale';
import { ZOOM_PRESETS, ZOOM_STEP } from './zoom';

/** One zoom step in from the weeks preset a day is 30 px wide: wide enough to aim at. */
const DAY_UNIT_PX = ZOOM_PRESETS.weeks * ZOOM_STEP;

/** What a drawn phase snaps to: days once they are wide enough, else the header's weeks or months. */
export function drawUnit(pxPerDay: number): SnapUnit {
  if (pxPerDay >= DAY_UNIT_PX) return 'day';
  return headerKind(pxPerDay) === 'monthWeek' ? 'week' : 'month';
}

/** The first day of the unit that holds `day`: an ISO week starts on Monday. */
export function unitStart(day: number, unit: SnapUnit): CalendarDate {
  if (unit === 'day') return fromDayNumber(day);
  if (unit === 'week') return fromDayNumber(day - weekdayOfDay(day));
  return `${fromDayNumber(day).slice(0, 7)}-01`;
}

/** The last day of the unit that holds `day` (end dates are inclusive). */
export function unitEnd(day: number, unit: SnapUnit): CalendarDate {
  if (unit === 'day') return fromDayNumber(day);
  if (unit === 'week') return fromDayNumber(day - weekdayOfDay(day) + 6);
  return addDays(addMonths(unitStart(day, 'month'), 1), -1);
}

/**
 * The phase a drag from `downDay` to `upDay` draws, in either direction: from the start of the unit
 * under one end to the last day of the unit under the other, so 1.1.–31.12. stays the year.
 */
export function drawnSpan(
  downDay: number,
  upDay: number,
  pxPerDay: number,
): { start: CalendarDate; end: CalendarDate } {
  const unit = drawUnit(pxPerDay);
  return {
    start: unitStart(Math.min(downDay, upDay), unit),
    end: unitEnd(Math.max(downDay, upDay), unit),
  };
}

/** The phase a drag between body px `x0` and `x1` draws on `scale`, and where it goes in px. */
export function drawnSpanAt(x0: number, x1: number, scale: TimeScale) {
  const span = drawnSpan(scale.dayAt(x0), scale.dayAt(x1), scale.pxPerDay);
  const x = scale.x(span.start);
  return { ...span, x, width: scale.x(span.end) + scale.pxPerDay - x };
}
