import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipBoxAround, clipPolyline } from '../../../src/layout/clipPolyline';
import type { Point } from '../../../src/layout/dependencyRoutes';

const box = { left: 0, right: 100, top: 0, bottom: 100 };

describe('clipPolyline', () => {
  it('keeps a line wholly inside as one piece from its start', () => {
    const line: Point[] = [
      [10, 10],
      [10, 50],
      [60, 50],
    ];
    expect(clipPolyline(line, box)).toEqual([{ points: line, from: 0 }]);
  });

  it('cuts a long run to the box and tells how far along it the cut begins', () => {
    const run: Point[] = [
      [50, -1000],
      [50, 5000],
    ];
    expect(clipPolyline(run, box)).toEqual([
      {
        points: [
          [50, 0],
          [50, 100],
        ],
        from: 1000,
      },
    ]);
  });

  it('gives a piece for each time the line comes back into the box', () => {
    const zigzag: Point[] = [
      [10, -50],
      [10, 150],
      [90, 150],
      [90, -50],
    ];
    const pieces = clipPolyline(zigzag, box);
    expect(pieces.map((p) => p.from)).toEqual([50, 200 + 80 + 50]);
    expect(pieces.every((p) => p.points.length === 2)).toBe(true);
  });

  it('leaves out a line wholly outside', () => {
    expect(
      clipPolyline(
        [
          [200, 0],
          [200, 100],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('never gives a point outside the box, and each piece lies on the line where it says', () => {
    const point = fc.tuple(
      fc.integer({ min: -300, max: 400 }),
      fc.integer({ min: -300, max: 400 }),
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 8 }), (line) => {
        for (const piece of clipPolyline(line as Point[], box)) {
          for (const [x, y] of piece.points) {
            expect(x).toBeGreaterThanOrEqual(-1e-9);
            expect(x).toBeLessThanOrEqual(100 + 1e-9);
            expect(y).toBeGreaterThanOrEqual(-1e-9);
            expect(y).toBeLessThanOrEqual(100 + 1e-9);
          }
          expect(distanceAlong(line as Point[], piece.points[0] as Point)).toContain(
            Math.round(piece.from),
          );
        }
      }),
    );
  });
});

/** Every distance along the line at which it passes the point (rounded to whole px). */
function distanceAlong(line: Point[], [x, y]: Point): number[] {
  const found: number[] = [];
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1] as Point;
    const [bx, by] = line[i] as Point;
    const length = Math.hypot(bx - ax, by - ay);
    const d = Math.hypot(x - ax, y - ay);
    const cross = Math.abs((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    if (cross <= 1e-6 * Math.max(1, length) && d <= length + 1e-9)
      found.push(Math.round(walked + d));
    walked += length;
  }
  return found;
}

describe('clipBoxAround', () => {
  it('holds the view with room around it, and stays the same through small scrolls', () => {
    const view = { left: 1500, right: 3100, top: 200, bottom: 1100 };
    const box = clipBoxAround(view);
    expect(box.left).toBeLessThanOrEqual(view.left - 1024);
    expect(box.right).toBeGreaterThanOrEqual(view.right + 1024);
    expect(box.top).toBeLessThanOrEqual(view.top - 1024);
    expect(box.bottom).toBeGreaterThanOrEqual(view.bottom + 1024);
    const moved = { ...view, left: view.left + 100, right: view.right + 100 };
    expect(clipBoxAround(moved)).toEqual(box);
  });
});
