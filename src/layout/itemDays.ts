import { toDayNumber } from '../domain/calendarDate';
import type { Item } from '../domain/planSchema';

/** An item's first and last day as day numbers. Items are immutable, so each is parsed once. */
const cache = new WeakMap<Item, { start: number; end: number }>();

export function itemDays(item: Item): { start: number; end: number } {
  let days = cache.get(item);
  if (!days) {
    days =
      item.type === 'milestone'
        ? { start: toDayNumber(item.date), end: toDayNumber(item.date) }
        : { start: toDayNumber(item.start), end: toDayNumber(item.end) };
    cache.set(item, days);
  }
  return days;
}
