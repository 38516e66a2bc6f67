import type { CalendarDate } from '../calendarDate';
import type { Item, Plan } from '../planSchema';

/** The day an item ends: a milestone's date, a phase's last day. */
export const itemEnd = (item: Item): CalendarDate =>
  item.type === 'milestone' ? item.date : item.end;

/**
 * The roll-up's status date: the newest of its plans' (Tilannepäivä), the one its chart draws
 * and its pictures name. Every plan's items are judged late against it.
 */
export function rollupAsOf(plans: readonly Pick<Plan, 'asOf'>[]): CalendarDate {
  return plans.reduce(
    (latest, plan) => (plan.asOf > latest ? plan.asOf : latest),
    plans[0]?.asOf ?? '2023-01-01',
  );
}

/**
 * Late as a coordinator means it: marked late, or not done and ended before the status date
 * (an item ending on that day is not late yet). The summary's count and the "late" filter both
 * ask this, so they agree.
 */
export const isLate = (item: Item, asOf: CalendarDate): boolean =>
  item.status === 'late' || (item.status !== 'done' && itemEnd(item) < asOf);
