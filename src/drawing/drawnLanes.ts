import type { Lane } from '../domain/planSchema';
import type { LaneRows } from '../layout/lanePieces';
import type { RoadmapLayout } from '../layout/roadmapLayout';
import { laneNameHeight, type NameColumn } from './nameColumnMarks';
import type { DrawingRequest } from './roadmapDrawing';

/** Where each lane sits in the drawing, so a presenter can bring one into view. */
export interface LaneExtent extends LaneRows {
  name: string;
  y: number;
}

/** The lanes a drawing holds: all, or a page's lanes, of a lane split over pages its rows there. */
export function lanesDrawn({
  plan,
  laneIds,
  laneRows,
}: Pick<DrawingRequest, 'plan' | 'laneIds' | 'laneRows'>): Lane[] {
  const lanes = laneIds ? plan.lanes.filter((lane) => laneIds.includes(lane.id)) : plan.lanes;
  if (!laneRows) return lanes;
  return lanes.map((lane) => {
    const rowIds = laneRows[lane.id];
    return rowIds ? { ...lane, rows: lane.rows.filter((row) => rowIds.includes(row.id)) } : lane;
  });
}

/** Where each lane and its rows sit in the drawing, in drawing px. */
export function laneExtents(
  layout: RoadmapLayout,
  bodyTop: number,
  column: NameColumn,
): LaneExtent[] {
  const rowsOf = new Map<string, { id: string; height: number }[]>();
  for (const row of layout.rows) {
    if (row.rowId === null) continue;
    const rows = rowsOf.get(row.lane.id) ?? [];
    rows.push({ id: row.rowId, height: row.height });
    rowsOf.set(row.lane.id, rows);
  }
  return layout.lanes.map((box) => ({
    id: box.lane.id,
    name: box.lane.name,
    y: bodyTop + box.y,
    height: box.height,
    nameHeight: laneNameHeight(box.lane, column),
    rows: rowsOf.get(box.lane.id) ?? [],
  }));
}
