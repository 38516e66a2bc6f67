/** A horizontal extent in px, including any label drawn beside the shape. */
export interface Span {
  x0: number;
  x1: number;
}

/** Clear space kept between two things on one sub-row, in px. */
export const PACK_GAP_PX = 6;

/**
 * The right ends of the sub-rows so far, in a tree of minimums, so the first sub-row that is
 * free at x is found in log time: a row of thousands of items in hundreds of sub-rows stays fast.
 */
class SubRowEnds {
  #size = 1;
  #min = [Infinity, Infinity];
  count = 0;

  /** The first sub-row whose end is at most `x`, or -1. */
  firstFreeAt(x: number): number {
    if (this.count === 0 || (this.#min[1] as number) > x) return -1;
    let node = 1;
    while (node < this.#size) node = (this.#min[2 * node] as number) <= x ? 2 * node : 2 * node + 1;
    return node - this.#size;
  }

  set(row: number, end: number): void {
    if (row >= this.#size) this.#grow();
    let node = row + this.#size;
    this.#min[node] = end;
    for (node >>= 1; node >= 1; node >>= 1)
      this.#min[node] = Math.min(this.#min[2 * node] as number, this.#min[2 * node + 1] as number);
  }

  #grow(): void {
    const leaves = this.#min.slice(this.#size, 2 * this.#size);
    this.#size *= 2;
    this.#min = new Array<number>(2 * this.#size).fill(Infinity);
    leaves.forEach((end, i) => this.set(i, end));
  }
}

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
  const ends = new SubRowEnds();
  const subRows = new Array<number>(spans.length);
  for (const index of order) {
    const span = spans[index] as Span;
    let row = ends.firstFreeAt(span.x0 - gap);
    if (row === -1) row = ends.count++;
    ends.set(row, span.x1);
    subRows[index] = row;
  }
  return { subRows, count: Math.max(1, ends.count) };
}
