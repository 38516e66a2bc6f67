import { describe, expect, it } from 'vitest';
import type { PlacedItem } from '../../../src/layout/roadmapLayout';
import { firstOfRows } from '../../../src/layout/visibleWindow';

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
