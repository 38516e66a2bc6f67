import { addDays, type CalendarDate } from '../domain/calendarDate';
import type { Plan } from '../domain/planSchema';

/** Room kept before the first and after the last thing in the plan, in days. */
const MARGIN_DAYS = 45;

/** Every date the plan mentions, so nothing falls off the time axis. */
function* planDates(plan: Plan): Generator<CalendarDate> {
  yield plan.window.start;
  yield plan.window.end;
  yield plan.asOf;
  for (const item of plan.items) {
    if (item.type === 'milestone') yield item.date;
    else yield* [item.start, item.end];
  }
  for (const track of plan.tracks) for (const point of track.checkpoints) yield point.date;
  for (const marker of plan.markers) {
    if (marker.type === 'blackout') yield* [marker.start, marker.end];
    else yield marker.date;
  }
}

/** The scale's range: the plan's window widened to hold every date, plus a margin, from a 1st. */
export function contentRange(
  plan: Plan,
  marginDays = MARGIN_DAYS,
): { start: CalendarDate; end: CalendarDate } {
  let min = plan.window.start;
  let max = plan.window.end;
  for (const date of planDates(plan)) {
    if (date < min) min = date;
    if (date > max) max = date;
  }
  return { start: `${addDays(min, -marginDays).slice(0, 7)}-01`, end: addDays(max, marginDays) };
}
