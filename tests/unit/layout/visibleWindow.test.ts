import { describe, expect, it } from 'vitest';
import type { PlacedItem } from '../../../src/layout/roadmapLayout';
import { firstOfRows, snapOut } from '../../../src/layout/visibleWindow';

const rowOf = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => ({ item: { id: `${tag}${i}` } }) as PlacedItem);

describe('firstOfRows', () => {
  const rows = [rowOf(3, 'a'), rowOf(2, 'b'), rowOf(4, 'c')];

  it('keeps the first items in row order, top rows first', () => {
    const kept = firstOfRows(rows, 4).map((row) => row.map((placed) => placed.item.id));
    expect(kept).toEqual([['a0', 'a1', 'a2'], ['b0'], []]);
  });

  it('gives the same lists when all fit, and none for a limit of 0', () => {
    const all = firstOfRows(rows, Infinity);
    all.forEach((row, i) => expect(row).toBe(rows[i]));
    expect(firstOfRows(rows, 0).flat()).toEqual([]);
  });
});

describe('snapOut', () => {
  it('widens the view to the grid lines around it', () => {
    expect(snapOut({ left: 300, right: 900, top: 10, bottom: 500 }, 256)).toEqual({
      left: 256,
      right: 1024,
      top: 0,
      bottom: 512,
    });
  });

  it('adds whole cells on each side, and keeps a view already on the lines', () => {
    expect(snapOut({ left: 512, right: 1024, top: 0, bottom: 256 }, 256, 1)).toEqual({
      left: 256,
      right: 1280,
      top: -256,
      bottom: 512,
    });
  });
});
