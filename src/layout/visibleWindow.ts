import type { PlacedItem, RoadmapLayout, RowBox } from './roadmapLayout';

/** The part of the body on screen, in body px, with a margin so a scroll step has content. */
export interface Viewport {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Rows are sorted by y: find the first one reaching below `top` by bisection. */
function firstRowBelow(rows: readonly RowBox[], top: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid] as RowBox;
    if (row.y + row.height <= top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function visibleRows(layout: RoadmapLayout, view: Viewport): RowBox[] {
  const visible: RowBox[] = [];
  for (let i = firstRowBelow(layout.rows, view.top); i < layout.rows.length; i++) {
    const row = layout.rows[i] as RowBox;
    if (row.y >= view.bottom) break;
    visible.push(row);
  }
  return visible;
}

/** A row's items whose shape or label reaches into the view, in reading (focus) order. */
export function itemsInView(row: RowBox, view: Viewport): PlacedItem[] {
  const visible: PlacedItem[] = [];
  for (const placed of row.items) {
    if (placed.shape.span.x0 > view.right) break;
    if (placed.shape.span.x1 >= view.left) visible.push(placed);
  }
  return visible;
}

/** Items drawn: those on visible rows that reach into the view. */
export const visibleItems = (rows: readonly RowBox[], view: Viewport): PlacedItem[] =>
  rows.flatMap((row) => itemsInView(row, view));

/**
 * The rows' lists of items, keeping only the first `limit` items in row order (top rows first):
 * the first draw of a huge plan mounts its marks a slice at a time.
 */
export function firstOfRows(lists: readonly PlacedItem[][], limit: number): PlacedItem[][] {
  let left = limit;
  return lists.map((items) => {
    const kept = left >= items.length ? items : items.slice(0, Math.max(0, left));
    left -= kept.length;
    return kept;
  });
}

/** The view widened to the lines of a `grid` px grid, and `cells` more cells on each side. */
export function snapOut(view: Viewport, grid: number, cells = 0): Viewport {
  const down = (v: number) => (Math.floor(v / grid) - cells) * grid;
  const up = (v: number) => (Math.ceil(v / grid) + cells) * grid;
  return {
    left: down(view.left),
    right: up(view.right),
    top: down(view.top),
    bottom: up(view.bottom),
  };
}
