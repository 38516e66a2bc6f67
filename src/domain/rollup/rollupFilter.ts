import type { CalendarDate } from '../calendarDate';
import type { Item, LaneKind, Status } from '../planSchema';
import { isLate } from './isLate';

/** What the roll-up shows; an empty set lets everything through. */
export interface RollupFilter {
  sourceKeys: ReadonlySet<string>;
  kinds: ReadonlySet<LaneKind>;
  statuses: ReadonlySet<Status>;
  /** Matched, case-insensitively, against the item's label and owner, its row's and plan's names. */
  text: string;
}

export const NO_FILTER: RollupFilter = {
  sourceKeys: new Set(),
  kinds: new Set(),
  statuses: new Set(),
  text: '',
};

/** The filter without a plan that left the roll-up: the same filter when it did not name it. */
export function withoutSource(filter: RollupFilter, key: string): RollupFilter {
  if (!filter.sourceKeys.has(key)) return filter;
  return { ...filter, sourceKeys: new Set([...filter.sourceKeys].filter((k) => k !== key)) };
}

const passes = <T>(chosen: ReadonlySet<T>, value: T) => chosen.size === 0 || chosen.has(value);

export const sourcePasses = (filter: RollupFilter, key: string) => passes(filter.sourceKeys, key);
export const kindPasses = (filter: RollupFilter, kind: LaneKind) => passes(filter.kinds, kind);

/** Whether an item passes the status filter: "late" also lets through what isLate calls late. */
const statusPasses = (filter: RollupFilter, item: Item, asOf: CalendarDate): boolean =>
  passes(filter.statuses, item.status) || (filter.statuses.has('late') && isLate(item, asOf));

/**
 * Whether an item passes the status and text filter; `context` is its row's and plan's names,
 * `asOf` the roll-up's status date (rollupAsOf).
 */
export function itemPasses(
  filter: RollupFilter,
  item: Item,
  context: string,
  asOf: CalendarDate,
): boolean {
  if (!statusPasses(filter, item, asOf)) return false;
  const needle = filter.text.trim().toLocaleLowerCase('fi');
  if (!needle) return true;
  const haystack = `${item.label}\n${item.owner ?? ''}\n${context}`.toLocaleLowerCase('fi');
  return haystack.includes(needle);
}

/** Whether the filter hides items by what they are (so rows left empty are not shown). */
export const filtersItems = (filter: RollupFilter) =>
  filter.statuses.size > 0 || filter.text.trim() !== '';
