import { groupByRow } from '../domain/groupByRow';
import type { Item, Lane, Plan, Track } from '../domain/planSchema';
import { itemShape, type ItemShape } from './itemShape';
import { packSpans } from './rowPacking';
import type { TimeScale } from './timeScale';

export const SUB_ROW_PX = 30;
export const TRACK_PX = 48;
export const ROW_PAD_PX = 6;
export const LANE_GAP_PX = 4;

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

/** Lanes → rows → sub-rows: where everything goes at one zoom. Pure; depends on the scale. */
export function layoutRoadmap(
  plan: Plan,
  scale: TimeScale,
  labelOf: (item: Item) => string,
  itemsOnRow: Map<string, Item[]>,
): RoadmapLayout {
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
      const box = placeRow(lane, group, y, scale, labelOf, order);
      order += box.items.length;
      rows.push(box);
      y += box.height;
    }
    if (groups.length === 0) y += SUB_ROW_PX;
    lanes.push({ lane, y: laneTop, height: y - laneTop });
    y += LANE_GAP_PX;
  }
  return { lanes, rows, height: y };
}

interface RowGroup {
  rowId: string | null;
  name: string;
  items: Item[];
  tracks: Track[];
}

function placeRow(
  lane: Lane,
  group: RowGroup,
  top: number,
  scale: TimeScale,
  labelOf: (item: Item) => string,
  firstOrder: number,
): RowBox {
  const collapsed = group.rowId === null;
  const shapes = group.items.map((item) => itemShape(item, scale, collapsed ? '' : labelOf(item)));
  const packed = collapsed
    ? { subRows: shapes.map(() => 0), count: 1 }
    : packSpans(shapes.map((s) => s.span));
  const items = group.items
    .map((item, i) => ({
      item,
      lane,
      rowName: group.name,
      shape: shapes[i] as ItemShape,
      y: top + ROW_PAD_PX / 2 + (packed.subRows[i] as number) * SUB_ROW_PX,
      order: 0,
    }))
    .sort((a, b) => a.shape.x - b.shape.x || a.y - b.y);
  items.forEach((placed, i) => (placed.order = firstOrder + i));
  const tracksTop = top + ROW_PAD_PX / 2 + packed.count * SUB_ROW_PX;
  const tracks = group.tracks.map((track, i) => ({ track, y: tracksTop + i * TRACK_PX }));
  const height = ROW_PAD_PX + packed.count * SUB_ROW_PX + tracks.length * TRACK_PX;
  return {
    key: group.rowId ?? `${lane.id}-summary`,
    lane,
    rowId: group.rowId,
    name: group.name,
    y: top,
    height,
    items,
    tracks,
  };
}
