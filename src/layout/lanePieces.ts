/** A lane as a page break sees it: its height, its name's, and its rows' in order (px). */
export interface LaneRows {
  id: string;
  height: number;
  /** The least height the lane takes, for its name: a lane of few rows grows to it. */
  nameHeight: number;
  /** Its rows; none for a collapsed lane, whose one summary row cannot be split. */
  rows: readonly { id: string; height: number }[];
}

/** A whole lane, or some of its rows for a page of their own. */
export interface LanePiece {
  laneId: string;
  /** The rows of the lane on this piece; null for the whole lane. */
  rowIds: string[] | null;
  height: number;
}

/**
 * Lanes as pieces no taller than `maxHeight` where they can be: a lane that fits is one piece; a
 * taller one its rows in order, as many to a piece as fit (each piece as tall as the lane's name
 * at least); a row taller than that is a piece of its own. A printed sheet then holds the rows
 * of a lane too tall for it at a legible size, instead of the whole lane shrunk onto it.
 */
export function lanePieces(lanes: readonly LaneRows[], maxHeight: number): LanePiece[] {
  return lanes.flatMap((lane) =>
    lane.height <= maxHeight || lane.rows.length < 2
      ? [{ laneId: lane.id, rowIds: null, height: lane.height }]
      : rowPieces(lane, maxHeight),
  );
}

function rowPieces(lane: LaneRows, maxHeight: number): LanePiece[] {
  const pieces: LanePiece[] = [];
  let rowIds: string[] = [];
  let used = 0;
  for (const row of lane.rows) {
    if (rowIds.length > 0 && Math.max(used + row.height, lane.nameHeight) > maxHeight) {
      pieces.push({ laneId: lane.id, rowIds, height: Math.max(used, lane.nameHeight) });
      [rowIds, used] = [[], 0];
    }
    rowIds.push(row.id);
    used += row.height;
  }
  pieces.push({ laneId: lane.id, rowIds, height: Math.max(used, lane.nameHeight) });
  return pieces;
}
