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

const CLEAR_PX = 3;

/**
 * What the marks and labels take of each sub-row: the sub-rows' tops in order, and for each its
 * taken x-intervals (widened by the clearance), merged and sorted, for binary search.
 */
export interface Occupancy {
  tops: number[];
  taken: [number, number][][];
}

export function occupancyOf(layout: RoadmapLayout): Occupancy {
  const byTop = new Map<number, [number, number][]>();
  const take = (top: number, a: number, b: number) => {
    const list = byTop.get(top) ?? [];
    list.push([a - CLEAR_PX, b + CLEAR_PX]);
    byTop.set(top, list);
  };
  for (const row of layout.rows)
    for (const placed of row.items) {
      const s = placed.shape;
      take(placed.y, Math.min(s.x, s.span.x0), Math.max(s.x + s.width, s.span.x1));
      if (s.label) take(placed.y, s.labelX, s.labelX + s.labelWidth);
    }
  const tops = [...byTop.keys()].sort((a, b) => a - b);
  return { tops, taken: tops.map((top) => merged(byTop.get(top) ?? [])) };
}

function merged(list: [number, number][]): [number, number][] {
  list.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of list) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The first index of `tops` whose value is greater than `y`. */
function firstAbove(tops: readonly number[], y: number): number {
  let lo = 0;
  let hi = tops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tops[mid] as number) > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The x nearest `x` that no interval of the sorted, disjoint list holds strictly inside. */
function freeIn(list: readonly [number, number][], x: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = list[mid] as [number, number];
    if (x <= a) hi = mid - 1;
    else if (x >= b) lo = mid + 1;
    else return x - a <= b - x ? a : b;
  }
  return x;
}

/** How much farther from its aim a way may stay straight rather than step sideways, in px. */
const KEEP_PX = 40;
/**
 * A way that would step sideways more often than this goes straight instead, behind the marks
 * (drawn over it, their outside labels haloed): across a crowded plan, a zig-zag of a hundred
 * steps is neither readable nor cheap to draw.
 */
export const MAX_STEPS = 12;

/**
 * The way down (or up) from the gap at `y0` to the gap at `y1` across the sub-rows between: in
 * each sub-row at an x free of marks and labels, near the column it aims for, stepping sideways
 * only in the gap before a sub-row, where nothing is drawn. The points of its turns.
 */
function crossing(bands: Occupancy, y0: number, y1: number, x: number, m: Metrics): Point[] {
  const gap = (m.subRowPx - m.barPx * 1.1) / 2;
  const down = y1 > y0;
  const first = firstAbove(bands.tops, Math.min(y0, y1));
  const last = firstAbove(bands.tops, Math.max(y0, y1) - 0.001) - 1;
  const wanted = x;
  const points: Point[] = [[x, y0]];
  for (let k = 0; k <= last - first; k++) {
    const i = down ? first + k : last - k;
    const taken = bands.taken[i] as [number, number][];
    // Nearest the column it aims for; a free x already held is kept unless that is much nearer.
    const free = freeIn(taken, wanted);
    const keep =
      freeIn(taken, x) === x && Math.abs(x - wanted) <= Math.abs(free - wanted) + KEEP_PX;
    if (keep || free === x) continue;
    const top = bands.tops[i] as number;
    const y = down ? top - gap : top + m.subRowPx - gap;
    points.push([x, y], [free, y]);
    x = free;
    if (points.length > 1 + 2 * MAX_STEPS)
      return [
        [wanted, y0],
        [wanted, y1],
      ];
  }
  points.push([x, y1]);
  return points;
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
  if (Math.abs(gapA - gapB) > 0.5) points.push(...crossing(bands, gapA, gapB, xt - 8, m));
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
