import type { Item } from './planSchema';

/** Items grouped by row id, each group in the plan's own order. */
export function itemsByRow(items: readonly Item[]): Map<string, Item[]> {
  const byRow = new Map<string, Item[]>();
  for (const item of items) {
    const group = byRow.get(item.rowId);
    if (group) group.push(item);
    else byRow.set(item.rowId, [item]);
  }
  return byRow;
}
