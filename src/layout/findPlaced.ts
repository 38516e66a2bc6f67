import type { PlacedItem, RoadmapLayout } from './roadmapLayout';

/** The placed item with this id, as the layout now has it. */
export function placedById(layout: RoadmapLayout, id: string): PlacedItem | undefined {
  for (const row of layout.rows)
    for (const placed of row.items) if (placed.item.id === id) return placed;
  return undefined;
}

/** The placed item at this place in reading order (lane, row, time). */
export function placedByOrder(layout: RoadmapLayout, order: number): PlacedItem | undefined {
  for (const row of layout.rows)
    for (const placed of row.items) if (placed.order === order) return placed;
  return undefined;
}
