import { groupByRow } from '../domain/groupByRow';
import type { Item, Lane, Plan, Track } from '../domain/planSchema';
import { itemDays } from './itemDays';
import { itemShape, type ItemShape } from './itemShape';
import { SCREEN_METRICS, type Metrics } from './metrics';
import { sameInputs, sameMeasures, type CachedRow, type RowInputs } from './rowCache';
import { packSpans } from './rowPacking';
import type { TimeScale } from './timeScale';

export const SUB_ROW_PX = SCREEN_METRICS.subRowPx;
export const TRACK_PX = SCREEN_METRICS.trackPx;
export const ROW_PAD_PX = SCREEN_METRICS.rowPadPx;

export interface LayoutOptions {
  metrics?: Metrics;
  /** Cut items at the scale's edges and leave out those wholly outside (a frame of a picture). */
  clip?: boolean;
  /** The height a lane needs for its name; a lane with fewer rows grows to it. */
  laneNameHeight?: (lane: Lane) => number;
  /** Likewise for a row's name. */
  rowNameHeight?: (name: string) => number;
  /**
   * Rows laid out by the previous call with the same scale: a row whose items did not change is
   * taken from here as it was, so an edit re-lays one row, not the plan. Make a new one whenever
   * `labelOf` would give other captions (another language).
   */
  cache?: RowCache;
  /**
   * Told after each row how far down the layout has come, with a way to take the layout so far
   * (the lane under way ends at its last row laid out): a view can be drawn before the rows below
   * it are laid out. Take it before the next step; it is not kept up to date.
   */
  onProgress?: (bottom: number, sofar: () => RoadmapLayout) => void;
}

export type RowCache = Map<string, CachedRow<MeasuredRow, RowBox>>;

export interface PlacedItem {
  item: Item;
  lane: Lane;
  /** The row's name, or the lane's for a collapsed lane's summary row. */
  rowName: string;
  shape: ItemShape;
  /** Top of the item's sub-row, in px from the top of the body. */
  y: number;
  /** Position in reading order (lane, row, time): the keyboard focus order. */
  order: number;
}

export interface PlacedTrack {
  track: Track;
  y: number;
}

/** A row band; a collapsed lane has one summary row with `rowId` null. */
export interface RowBox {
  key: string;
  lane: Lane;
  rowId: string | null;
  name: string;
  /** Position among all rows, for alternating bands. */
  index: number;
  y: number;
  height: number;
  /** Items sorted by x, for finding the visible ones quickly. */
  items: PlacedItem[];
  tracks: PlacedTrack[];
}

export interface LaneBox {
  lane: Lane;
  y: number;
  height: number;
}

export interface RoadmapLayout {
  lanes: LaneBox[];
  rows: RowBox[];
  height: number;
}

export const EMPTY_LAYOUT: RoadmapLayout = { lanes: [], rows: [], height: 0 };

/** Lanes → rows → sub-rows: where everything goes at one zoom. Pure; depends on the scale. */
export function layoutRoadmap(
  plan: Plan,
  scale: TimeScale,
  labelOf: (item: Item) => string,
  itemsOnRow: Map<string, Item[]>,
  options: LayoutOptions = {},
): RoadmapLayout {
  const steps = layoutSteps(plan, scale, labelOf, itemsOnRow, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same layout a row at a time: yields the number of items laid out so far after each row.
 * A huge plan is laid out in slices with it, into a row cache that the next layout then reads.
 */
export function* layoutSteps(
  plan: Plan,
  scale: TimeScale,
  labelOf: (item: Item) => string,
  itemsOnRow: Map<string, Item[]>,
  options: LayoutOptions = {},
): Generator<number, RoadmapLayout> {
  const context = {
    scale,
    labelOf,
    metrics: options.metrics ?? SCREEN_METRICS,
    inFrame: options.clip ? inFrame(scale) : () => true,
    clip: options.clip ?? false,
    rowNameHeight: options.rowNameHeight ?? (() => 0),
    cache: options.cache ?? null,
  };
  const tracksOnRow = groupByRow(plan.tracks);
  const lanes: LaneBox[] = [];
  const rows: RowBox[] = [];
  let y = 0;
  let order = 0;
  for (const lane of plan.lanes) {
    const laneTop = y;
    const groups = lane.collapsed
      ? [
          {
            rowId: null,
            name: lane.name,
            items: lane.rows.flatMap((row) => itemsOnRow.get(row.id) ?? []),
            tracks: [],
          },
        ]
      : lane.rows.map((row) => ({
          rowId: row.id,
          name: row.name,
          items: itemsOnRow.get(row.id) ?? [],
          tracks: tracksOnRow.get(row.id) ?? [],
        }));
    for (const group of groups) {
      const box = placeRow(lane, group, y, context, order, rows.length);
      order += box.items.length;
      rows.push(box);
      y += box.height;
      const [top, bottom] = [laneTop, y];
      options.onProgress?.(bottom, () => ({
        lanes: [...lanes, { lane, y: top, height: bottom - top }],
        rows: rows.slice(),
        height: bottom,
      }));
      yield order;
    }
    if (groups.length === 0) y += context.metrics.subRowPx;
    const short = (options.laneNameHeight?.(lane) ?? 0) - (y - laneTop);
    if (short > 0) {
      const last = rows.at(-1);
      // A new box, not a change to this one: the row cache keeps the one it made.
      if (last && groups.length > 0)
        rows[rows.length - 1] = { ...last, height: last.height + short };
      y += short;
    }
    lanes.push({ lane, y: laneTop, height: y - laneTop });
    y += context.metrics.laneGapPx;
    const bottom = y;
    options.onProgress?.(bottom, () => ({
      lanes: lanes.slice(),
      rows: rows.slice(),
      height: bottom,
    }));
  }
  return { lanes, rows, height: y };
}

interface RowGroup {
  rowId: string | null;
  name: string;
  items: Item[];
  tracks: Track[];
}

interface LayoutContext {
  scale: TimeScale;
  labelOf: (item: Item) => string;
  metrics: Metrics;
  clip: boolean;
  inFrame: (item: Item) => boolean;
  rowNameHeight: (name: string) => number;
  cache: RowCache | null;
}

const inFrame = (scale: TimeScale) => (item: Item) => {
  const { start, end } = itemDays(item);
  return end >= scale.startDay && start <= scale.endDay;
};

function placeRow(
  lane: Lane,
  group: RowGroup,
  top: number,
  context: LayoutContext,
  firstOrder: number,
  index: number,
): RowBox {
  const key = group.rowId ?? `${lane.id}-summary`;
  const hit = context.cache?.get(key);
  const inputs: RowInputs = {
    nameHeight: group.rowId === null ? 0 : context.rowNameHeight(group.name),
    items: group.items,
    tracks: group.tracks,
    lane,
    name: group.name,
    scale: context.scale,
    metrics: context.metrics,
  };
  const same = hit !== undefined && sameInputs(hit, inputs);
  if (same && hit.top === top && hit.firstOrder === firstOrder && hit.index === index)
    return hit.box;
  const before = hit !== undefined && sameMeasures(hit, inputs) ? hit.measured : undefined;
  const measured = same ? hit.measured : measureRow(group, context, before);
  const box = layRow(lane, group, top, context, firstOrder, index, measured);
  context.cache?.set(key, { ...inputs, top, firstOrder, index, measured, box });
  return box;
}

interface MeasuredRow {
  shown: readonly Item[];
  shapes: ItemShape[];
  packed: { subRows: number[]; count: number };
}

/**
 * The costly part of a row: each item's shape and label, and their packing into sub-rows. Items
 * unchanged since `before` (the row measured at this zoom) keep their shapes: a drop measures one.
 */
function measureRow(group: RowGroup, context: LayoutContext, before?: MeasuredRow): MeasuredRow {
  const { scale, labelOf, metrics, clip, inFrame } = context;
  const collapsed = group.rowId === null;
  const shown = clip ? group.items.filter(inFrame) : group.items;
  const known = new Map(before?.shown.map((item, i) => [item, before.shapes[i] as ItemShape]));
  const shapes = shown.map(
    (item) =>
      known.get(item) ?? itemShape(item, scale, collapsed ? '' : labelOf(item), metrics, clip),
  );
  const packed = collapsed
    ? { subRows: shapes.map(() => 0), count: 1 }
    : packSpans(shapes.map((s) => s.span));
  return { shown, shapes, packed };
}

function layRow(
  lane: Lane,
  group: RowGroup,
  top: number,
  { metrics, rowNameHeight }: LayoutContext,
  firstOrder: number,
  index: number,
  { shown, shapes, packed }: MeasuredRow,
): RowBox {
  const collapsed = group.rowId === null;
  const { rowPadPx, subRowPx, trackPx } = metrics;
  const items = shown
    .map((item, i) => ({
      item,
      lane,
      rowName: group.name,
      shape: shapes[i] as ItemShape,
      y: top + rowPadPx / 2 + (packed.subRows[i] as number) * subRowPx,
      order: 0,
    }))
    .sort((a, b) => a.shape.x - b.shape.x || a.y - b.y);
  items.forEach((placed, i) => (placed.order = firstOrder + i));
  const tracksTop = top + rowPadPx / 2 + packed.count * subRowPx;
  const tracks = group.tracks.map((track, i) => ({ track, y: tracksTop + i * trackPx }));
  const drawn = rowPadPx + packed.count * subRowPx + tracks.length * trackPx;
  const height = Math.max(drawn, collapsed ? 0 : rowNameHeight(group.name));
  return {
    key: group.rowId ?? `${lane.id}-summary`,
    lane,
    rowId: group.rowId,
    name: group.name,
    index,
    y: top,
    height,
    items,
    tracks,
  };
}
