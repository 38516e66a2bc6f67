import { addDays, type CalendarDate } from '../domain/calendarDate';
import type { Plan } from '../domain/planSchema';

/** Room kept before the first and after the last thing in the plan, in days. */
const MARGIN_DAYS = 45;

/**
 * The scale's range: the plan's window widened to hold every date the plan mentions, plus a
 * margin, from a 1st. Dates are compared as strings (YYYY-MM-DD sorts by time); plain loops, as
 * this runs after every edit over every item.
 */
export function contentRange(
  plan: Plan,
  marginDays = MARGIN_DAYS,
): { start: CalendarDate; end: CalendarDate } {
  let min = plan.window.start;
  let max = plan.window.end;
  const take = (date: CalendarDate) => {
    if (date < min) min = date;
    if (date > max) max = date;
  };
  take(plan.asOf);
  for (const item of plan.items) {
    if (item.type === 'milestone') take(item.date);
    else {
      take(item.start);
      take(item.end);
    }
  }
  for (const track of plan.tracks) for (const point of track.checkpoints) take(point.date);
  for (const marker of plan.markers) {
    if (marker.type === 'blackout') {
      take(marker.start);
      take(marker.end);
    } else take(marker.date);
  }
  return { start: `${addDays(min, -marginDays).slice(0, 7)}-01`, end: addDays(max, marginDays) };
}
