import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/seededRandom';
import { PACK_GAP_PX, packSpans, type Span } from '../../../src/layout/rowPacking';

const overlaps = (a: Span, b: Span) => a.x0 < b.x1 + PACK_GAP_PX && b.x0 < a.x1 + PACK_GAP_PX;

describe('packSpans', () => {
  it.each<[string, Span[], number[], number]>([
    ['nothing', [], [], 1],
    [
      'spans apart share one row',
      [
        { x0: 0, x1: 10 },
        { x0: 20, x1: 30 },
      ],
      [0, 0],
      1,
    ],
    [
      'overlapping spans take two rows',
      [
        { x0: 0, x1: 50 },
        { x0: 20, x1: 30 },
      ],
      [0, 1],
      2,
    ],
    [
      'a span too close to the last one moves down',
      [
        { x0: 0, x1: 10 },
        { x0: 12, x1: 20 },
      ],
      [0, 1],
      2,
    ],
    [
      'a later span reuses the first row that is free',
      [
        { x0: 0, x1: 50 },
        { x0: 10, x1: 20 },
        { x0: 60, x1: 70 },
      ],
      [0, 1, 0],
      2,
    ],
    [
      'input order does not matter, left edge does',
      [
        { x0: 60, x1: 70 },
        { x0: 0, x1: 50 },
        { x0: 10, x1: 20 },
      ],
      [0, 0, 1],
      2,
    ],
  ])('%s', (_name, spans, subRows, count) => {
    expect(packSpans(spans)).toEqual({ subRows, count });
  });

  it('never puts two overlapping spans on one sub-row, and is stable (1,000 random spans)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const spans = Array.from({ length: 1000 }, () => {
      const x0 = Math.floor(random() * 5000);
      return { x0, x1: x0 + Math.floor(random() * 400) };
    });
    const first = packSpans(spans);
    expect(packSpans(spans)).toEqual(first);
    const byRow = new Map<number, Span[]>();
    spans.forEach((span, i) =>
      byRow.set(first.subRows[i] as number, [
        ...(byRow.get(first.subRows[i] as number) ?? []),
        span,
      ]),
    );
    for (const row of byRow.values()) {
      for (let i = 0; i < row.length; i++)
        for (let j = i + 1; j < row.length; j++)
          expect(overlaps(row[i] as Span, row[j] as Span)).toBe(false);
    }
  });
});

describe('packSpans against plain first fit', () => {
  /** The packing as first written: scan the sub-rows from the top for the first one free. */
  function firstFit(spans: readonly Span[]): number[] {
    const order = spans
      .map((_, i) => i)
      .sort((a, b) => (spans[a] as Span).x0 - (spans[b] as Span).x0 || a - b);
    const ends: number[] = [];
    const rows = new Array<number>(spans.length);
    for (const i of order) {
      let row = ends.findIndex((end) => end + PACK_GAP_PX <= (spans[i] as Span).x0);
      if (row === -1) row = ends.push(0) - 1;
      ends[row] = (spans[i] as Span).x1;
      rows[i] = row;
    }
    return rows;
  }

  it('gives the same sub-rows for 500 random rows of up to 2,000 spans', () => {
    const next = seededRandom(4242);
    for (let n = 0; n < 500; n++) {
      const count = Math.floor(next() * (n % 50 === 0 ? 2000 : 60));
      const spans = Array.from({ length: count }, () => {
        const x0 = Math.floor(next() * 3000);
        return { x0, x1: x0 + 3 + Math.floor(next() * 400) };
      });
      expect(packSpans(spans).subRows, `row ${n}`).toEqual(firstFit(spans));
    }
  });
});
