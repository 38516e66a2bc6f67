import type { Item } from '../domain/planSchema';
import { shiftDate, type Shift } from '../domain/shift';
import type { RoadmapLayout, RowBox } from './roadmapLayout';

/** What a drag does to an item: move it, or move one end of a phase. */
export type DragMode = 'move' | 'start' | 'end';

/** The item as it will be when dropped; a resized end never crosses the other end. */
export function draggedItem(item: Item, mode: DragMode, shift: Shift): Item {
  if (item.type === 'milestone') return { ...item, date: shiftDate(item.date, shift) };
  if (mode === 'move')
    return { ...item, start: shiftDate(item.start, shift), end: shiftDate(item.end, shift) };
  if (mode === 'start') {
    const start = shiftDate(item.start, shift);
    return { ...item, start: start > item.end ? item.end : start };
  }
  const end = shiftDate(item.end, shift);
  return { ...item, end: end < item.start ? item.start : end };
}

/** The editable row under body y, or null (a gap, or a collapsed lane's summary). */
export function rowAt(layout: RoadmapLayout, y: number): RowBox | null {
  const row = layout.rows.find((r) => y >= r.y && y < r.y + r.height);
  return row && row.rowId !== null ? row : null;
}
