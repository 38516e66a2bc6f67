/** A horizontal extent in px, including any label drawn beside the shape. */
export interface Span {
  x0: number;
  x1: number;
}

/** Clear space kept between two things on one sub-row, in px. */
export const PACK_GAP_PX = 6;

/**
 * Greedy interval partitioning: each span goes to the first sub-row where it fits after what is
 * already there. Spans are taken by left edge, ties in their given order, so the result is stable.
 * Returns each span's sub-row (in input order) and the number of sub-rows.
 */
export function packSpans(
  spans: readonly Span[],
  gap = PACK_GAP_PX,
): { subRows: number[]; count: number } {
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => (spans[a] as Span).x0 - (spans[b] as Span).x0 || a - b);
  const rowEnds: number[] = [];
  const subRows = new Array<number>(spans.length);
  for (const index of order) {
    const span = spans[index] as Span;
    let row = rowEnds.findIndex((end) => end + gap <= span.x0);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = span.x1;
    subRows[index] = row;
  }
  return { subRows, count: Math.max(1, rowEnds.length) };
}
