import type { Point } from './dependencyRoutes';
import { snapOut, type Viewport } from './visibleWindow';

/** A part of a polyline inside a box, and how far along the whole line it begins, in px. */
export interface PolylinePiece {
  points: Point[];
  from: number;
}

/** The part of the segment a→b inside the box as parameters 0–1 along it (Liang–Barsky), or null. */
function clipSegment(a: Point, b: Point, box: Viewport): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a[0] - box.left],
    [dx, box.right - a[0]],
    [-dy, a[1] - box.top],
    [dy, box.bottom - a[1]],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

const at = (a: Point, b: Point, t: number): Point => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/**
 * The pieces of a polyline inside a box, each with its distance from the line's start, so a
 * dashed stroke drawn piece by piece keeps the dashes of the whole line.
 */
export function clipPolyline(points: readonly Point[], box: Viewport): PolylinePiece[] {
  const pieces: PolylinePiece[] = [];
  let open: PolylinePiece | null = null;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const inside = clipSegment(a, b, box);
    if (!inside) open = null;
    else {
      const [t0, t1] = inside;
      if (!open || t0 > 0) {
        open = { points: [at(a, b, t0)], from: walked + t0 * length };
        pieces.push(open);
      }
      open.points.push(at(a, b, t1));
      if (t1 < 1) open = null;
    }
    walked += length;
  }
  return pieces;
}

/** The clip box's grid: it changes only as the view crosses a line of it, not at each scroll step. */
const CLIP_GRID_PX = 1024;

/**
 * A box around the view, a grid cell wider on each side and on the grid's lines: arrows cut to
 * it are drawn again only every thousand px of scrolling, and never end inside the view.
 */
export const clipBoxAround = (view: Viewport): Viewport => snapOut(view, CLIP_GRID_PX, 1);
