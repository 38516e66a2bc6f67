import type { Command } from '../../domain/commands';
import { draggedItem, rowAt, type DragMode } from '../../layout/dragPreview';
import type { PlacedItem, RoadmapLayout, RowBox } from '../../layout/roadmapLayout';
import { snapShift } from '../../layout/snapping';
import type { Shift } from '../../domain/shift';
import { followGesture, startGesture, type Gesture } from './pointerGesture';

interface Active extends Gesture {
  mode: DragMode;
  ids: string[];
  anchor: PlacedItem;
}

/** Dragging items along time, between rows, and by a phase's ends; Esc cancels. */
export class ItemDrag {
  active = $state.raw<Active | null>(null);
  /** Set when a drag ended, so the click that follows the pointerup does not also select. */
  justDragged = false;

  begin(anchor: PlacedItem, mode: DragMode, ids: string[], event: PointerEvent): void {
    this.justDragged = false;
    this.active = { mode, ids, anchor, ...startGesture(event) };
  }

  move(event: PointerEvent): void {
    if (this.active) this.active = followGesture(this.active, event);
  }

  shift(pxPerDay: number): Shift | null {
    const a = this.active;
    return a?.moved ? snapShift(a.dx, pxPerDay, a.free) : null;
  }

  /** Moving one item onto another row; several items keep their rows. */
  targetRow(layout: RoadmapLayout): RowBox | null {
    const a = this.active;
    if (!a?.moved || a.mode !== 'move' || a.ids.length !== 1) return null;
    const row = rowAt(layout, a.anchor.y + a.dy + 10);
    return row && row.rowId !== a.anchor.item.rowId ? row : null;
  }

  /** The item as it would be dropped now, or null when it is not being dragged. */
  preview(item: PlacedItem['item'], pxPerDay: number): PlacedItem['item'] | null {
    const shift = this.shift(pxPerDay);
    return shift && this.active?.ids.includes(item.id)
      ? draggedItem(item, this.active.mode, shift)
      : null;
  }

  /** Ends the drag and returns the command it makes, if any. */
  finish(pxPerDay: number, layout: RoadmapLayout): Command | null {
    const a = this.active;
    const shift = this.shift(pxPerDay);
    const row = this.targetRow(layout);
    this.active = null;
    this.justDragged = Boolean(a?.moved);
    if (!a || !shift || (shift.amount === 0 && !row)) return null;
    if (a.mode === 'move')
      return {
        type: 'items/shift',
        ids: a.ids,
        shift,
        ...(row?.rowId ? { rowId: row.rowId } : {}),
      };
    const dropped = draggedItem(a.anchor.item, a.mode, shift);
    if (dropped.type !== 'phase') return null;
    return {
      type: 'item/update',
      id: dropped.id,
      changes: a.mode === 'start' ? { start: dropped.start } : { end: dropped.end },
    };
  }

  cancel(): void {
    this.active = null;
    this.justDragged = true;
  }
}
