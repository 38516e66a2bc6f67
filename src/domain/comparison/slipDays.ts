import { toDayNumber } from '../calendarDate';
import type { BaselineItem } from '../planSchema';

export const startOf = (item: BaselineItem) => (item.type === 'milestone' ? item.date : item.start);
export const endOf = (item: BaselineItem) => (item.type === 'milestone' ? item.date : item.end);

/**
 * Days the item's end moved: its slip, later positive. In a file of its own, so the roadmap's
 * slip marks (first screen) take these lines and not the whole differ.
 */
export const slipDays = (before: BaselineItem, after: BaselineItem): number =>
  toDayNumber(endOf(after)) - toDayNumber(endOf(before));
