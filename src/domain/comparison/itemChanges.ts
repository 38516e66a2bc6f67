import { toDayNumber } from '../calendarDate';
import type { BaselineItem } from '../planSchema';
import type { ItemChange } from './planChange';
import { sameLane, sameRow, type RowPlaces } from './rowPlaces';
import { endOf, startOf } from './slipDays';

export { endOf, slipDays } from './slipDays';

const lengthOf = (item: BaselineItem) => toDayNumber(endOf(item)) - toDayNumber(startOf(item));

/**
 * How `after` differs from `before`, in a fixed order: dates, place, status, name. A phase whose
 * end alone moved is lengthened or shortened, not moved.
 */
export function itemChanges(
  before: BaselineItem,
  after: BaselineItem,
  places: { before: RowPlaces; after: RowPlaces },
): ItemChange[] {
  const changes: ItemChange[] = [];
  const moved = toDayNumber(startOf(after)) - toDayNumber(startOf(before));
  if (moved) changes.push({ kind: 'moved', days: moved });
  const resized = lengthOf(after) - lengthOf(before);
  if (resized) changes.push({ kind: 'resized', days: resized });
  const was = places.before.get(before.rowId);
  const is = places.after.get(after.rowId);
  if (!sameRow(was, is, before.rowId, after.rowId)) {
    const otherLane = !sameLane(was, is);
    changes.push({ kind: 'row', fromRowId: before.rowId, toRowId: after.rowId, otherLane });
  }
  if (before.status !== after.status)
    changes.push({ kind: 'status', from: before.status, to: after.status });
  if (before.label !== after.label)
    changes.push({ kind: 'renamed', from: before.label, to: after.label });
  return changes;
}
