import type { Metrics } from './metrics';
import type { RowBox } from './roadmapLayout';
import type { Span } from './rowPacking';

/** Sub-rows are told apart by their top; a tenth of a px is as close as two of them come. */
const key = (y: number) => Math.round(y * 10);

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));

/**
 * What each sub-row of laid-out rows holds (its items with their labels, and whatever was taken
 * since), for putting more in where it covers the least.
 */
export class SubRows {
  readonly #spans = new Map<number, Span[]>();
  readonly #m: Metrics;

  constructor(rows: readonly RowBox[], m: Metrics) {
    this.#m = m;
    for (const row of rows) for (const placed of row.items) this.take(placed.y, placed.shape.span);
  }

  take(y: number, span: Span): void {
    const spans = this.#spans.get(key(y));
    if (spans) spans.push(span);
    else this.#spans.set(key(y), [span]);
  }

  /** How much of `span` is taken in the sub-row at `y`, in px (overlaps added up). */
  covered(y: number, span: Span): number {
    return (this.#spans.get(key(y)) ?? []).reduce((sum, other) => sum + overlap(span, other), 0);
  }

  isFree(y: number, span: Span): boolean {
    return this.covered(y, span) === 0;
  }

  /** The top of the row's sub-row where `span` covers the least, the first of equals. */
  freest(row: RowBox, span: Span): number {
    const { rowPadPx, subRowPx } = this.#m;
    const top = row.y + rowPadPx / 2;
    const count = Math.max(1, ...row.items.map((p) => Math.round((p.y - top) / subRowPx) + 1));
    let best = top;
    let least = Infinity;
    for (let i = 0; i < count; i++) {
      const y = top + i * subRowPx;
      const covered = this.covered(y, span);
      if (covered < least) [best, least] = [y, covered];
      if (covered === 0) break;
    }
    return best;
  }
}
