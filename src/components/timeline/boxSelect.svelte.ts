import type { RoadmapLayout } from '../../layout/roadmapLayout';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Ctrl/⌘ held at the press: the box draws a new phase instead of selecting. */
  draw: boolean;
  additive: boolean;
}

/** A rubber band on empty space, in body px. */
export class BoxSelect {
  box = $state.raw<Box | null>(null);

  begin(x: number, y: number, event: PointerEvent): void {
    this.box = {
      x0: x,
      y0: y,
      x1: x,
      y1: y,
      draw: event.ctrlKey || event.metaKey,
      additive: event.shiftKey,
    };
  }

  move(x: number, y: number): void {
    if (this.box) this.box = { ...this.box, x1: x, y1: y };
  }

  end(): Box | null {
    const box = this.box;
    this.box = null;
    return box && (Math.abs(box.x1 - box.x0) > 4 || Math.abs(box.y1 - box.y0) > 4) ? box : null;
  }
}

/** Ids of the items whose shape meets the box, in reading order. */
export function itemsInBox(layout: RoadmapLayout, box: Box): string[] {
  const [left, right] = [Math.min(box.x0, box.x1), Math.max(box.x0, box.x1)];
  const [top, bottom] = [Math.min(box.y0, box.y1), Math.max(box.y0, box.y1)];
  const ids: string[] = [];
  for (const row of layout.rows) {
    if (row.rowId === null || row.y > bottom || row.y + row.height < top) continue;
    for (const placed of row.items) {
      const { x, width } = placed.shape;
      if (x <= right && x + width >= left && placed.y <= bottom && placed.y + 24 >= top)
        ids.push(placed.item.id);
    }
  }
  return ids;
}
