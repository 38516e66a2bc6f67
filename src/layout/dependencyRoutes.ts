import type { Dependency } from '../domain/planSchema';
import type { Metrics } from './metrics';
import type { PlacedItem, RoadmapLayout } from './roadmapLayout';

export type Point = readonly [number, number];

/** A link's arrow: a path of straight segments from the predecessor to the tip at the successor. */
export interface DependencyRoute {
  dependency: Dependency;
  points: Point[];
  /** The tip points down (entering from above) or up. */
  down: boolean;
}

/** Where a mark's box is vertically: the bar's (or diamond's) top and bottom. */
function markTop(placed: PlacedItem, m: Metrics): number {
  const top = placed.y + m.barPx * 0.1;
  return placed.item.type === 'milestone' ? top + m.barPx / 2 - m.diamondPx / 2 : top;
}
const markBottom = (placed: PlacedItem, m: Metrics) =>
  placed.item.type === 'milestone'
    ? markTop(placed, m) + m.diamondPx
    : markTop(placed, m) + m.barPx;

/** The gaps between sub-rows, where no label lies: below a sub-row's mark, above the next one. */
const gapBelow = (placed: PlacedItem, m: Metrics) =>
  placed.y + m.barPx * 1.1 + (m.subRowPx - m.barPx * 1.1) / 2;
const gapAbove = (placed: PlacedItem, m: Metrics) => placed.y - (m.subRowPx - m.barPx * 1.1) / 2;

/** An x on the mark a little in from its start or end, or a diamond's middle. */
function endX(placed: PlacedItem, atEnd: boolean): number {
  const { x, width } = placed.shape;
  if (placed.item.type === 'milestone') return x + width / 2;
  const inset = Math.min(4, width / 2);
  return atEnd ? x + width - inset : x + inset;
}

/** Occupied x-intervals (marks and labels) of the sub-rows by their top y. */
export type Occupancy = Map<number, [number, number][]>;

export function occupancyOf(layout: RoadmapLayout): Occupancy {
  const bands: Occupancy = new Map();
  for (const row of layout.rows)
    for (const placed of row.items) {
      const s = placed.shape;
      const list = bands.get(placed.y) ?? [];
      list.push([Math.min(s.x, s.span.x0), Math.max(s.x + s.width, s.span.x1)]);
      if (s.label) list.push([s.labelX, s.labelX + s.labelWidth]);
      bands.set(placed.y, list);
    }
  return bands;
}

const CLEAR_PX = 3;

/** The free x nearest `wanted` in the sub-rows whose tops lie strictly between `y0` and `y1`. */
function freeColumn(bands: Occupancy, y0: number, y1: number, wanted: number, m: Metrics): number {
  const [lo, hi] = y0 < y1 ? [y0, y1] : [y1, y0];
  const taken: [number, number][] = [];
  for (const [top, list] of bands)
    if (top + m.subRowPx > lo && top < hi)
      for (const [a, b] of list) taken.push([a - CLEAR_PX, b + CLEAR_PX]);
  if (!taken.length) return wanted;
  taken.sort((a, b) => a[0] - b[0]);
  let best = Number.POSITIVE_INFINITY;
  let cursor = Number.NEGATIVE_INFINITY;
  const consider = (from: number, to: number) => {
    const x = Math.min(Math.max(wanted, from), to);
    if (Math.abs(x - wanted) < Math.abs(best - wanted)) best = x;
  };
  for (const [a, b] of taken) {
    if (a > cursor) consider(cursor, a);
    cursor = Math.max(cursor, b);
  }
  consider(cursor, Number.POSITIVE_INFINITY);
  return best;
}

/**
 * The arrow of one link, along the gaps between sub-rows: out of the predecessor's mark into the
 * gap beside it, along the gap, across the sub-rows between at a column free of marks and
 * labels, along the gap beside the successor, and into its mark. Never through a label.
 */
export function routeDependency(
  dependency: Dependency,
  from: PlacedItem,
  to: PlacedItem,
  bands: Occupancy,
  m: Metrics,
): DependencyRoute {
  const xs = endX(from, dependency.kind !== 'startToStart');
  const xt = endX(to, dependency.kind === 'finishToFinish');
  const down = to.y > from.y;
  const exitY = down || to.y === from.y ? markBottom(from, m) : markTop(from, m);
  const gapA = down || to.y === from.y ? gapBelow(from, m) : gapAbove(from, m);
  const gapB = down ? gapAbove(to, m) : gapBelow(to, m);
  const tipY = down ? markTop(to, m) : markBottom(to, m);
  const points: Point[] = [
    [xs, exitY],
    [xs, gapA],
  ];
  if (Math.abs(gapA - gapB) > 0.5) {
    const xc = freeColumn(bands, gapA, gapB, xt - 8, m);
    points.push([xc, gapA], [xc, gapB]);
  }
  points.push([xt, gapB], [xt, tipY]);
  return { dependency, points, down };
}

/** The arrows of the links whose both items are laid out (a collapsed lane hides its items). */
export function dependencyRoutes(
  dependencies: readonly Dependency[],
  byId: ReadonlyMap<string, PlacedItem>,
  layout: RoadmapLayout,
  m: Metrics,
): DependencyRoute[] {
  if (!dependencies.length) return [];
  const bands = occupancyOf(layout);
  const routes: DependencyRoute[] = [];
  for (const dependency of dependencies) {
    const from = byId.get(dependency.from);
    const to = byId.get(dependency.to);
    if (from && to) routes.push(routeDependency(dependency, from, to, bands, m));
  }
  return routes;
}
