import { lanePieces, type LanePiece } from '../layout/lanePieces';
import { groupLanes } from '../layout/printPages';
import { drawingAt, fitDrawing, type FitRequest, type FitTarget } from './fitDrawing';
import type { RoadmapDrawing } from './roadmapDrawing';

/**
 * The fewest drawings that each fit the target at a legible type scale: the whole plan when it
 * fits, else lanes in order grouped onto as few outputs as hold them, and with `byRows` a lane
 * too tall for one split between its rows (a printout's sheets; slides and the presentation
 * keep a lane on one page, as stepping through the lanes walks their pages). All share one type
 * scale, the largest every group allows, so the pages of one plan read alike.
 */
export function splitByLanes(
  request: FitRequest,
  target: FitTarget,
  byRows = false,
): RoadmapDrawing[] {
  const whole = fitDrawing(request, target);
  if (whole) return [whole];
  const small = drawingAt(request, target.width, target.minK);
  const lanesHeight = small.lanes.reduce((sum, lane) => sum + lane.height, 0);
  // A group's own title block, markers and legend can come out a little taller than the whole
  // plan's: then the groups are made again with that much less room, until every page fits.
  // A page of one row (or of one lane that has no rows to split) taller than that is drawn as
  // it is: less room would only put every other row on a page of its own too.
  let room = target.height - (small.height - lanesHeight);
  let pages: RoadmapDrawing[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const groups = groupLanes(lanePieces(small.lanes, byRows ? room : Infinity), room);
    pages = pagesOf(request, target, groups);
    const heights = pages.map((page, i) => (unsplit(groups[i] ?? [], room) ? 0 : page.height));
    const over = Math.max(...heights) - target.height;
    if (over <= 0) break;
    room -= over;
  }
  return pages;
}

/** A page of one piece that cannot be made smaller: one row, or a lane too tall and unsplit. */
const unsplit = (pieces: LanePiece[], room: number): boolean => {
  const [piece, ...more] = pieces;
  if (!piece || more.length > 0) return false;
  return piece.rowIds ? piece.rowIds.length === 1 : piece.height > room;
};

/**
 * The pages at the largest type scale every one allows: found for the page fullest at the
 * smallest scale, then checked on all (and lowered to what the others allow where one does not
 * fit). Bisecting each of hundreds of pages (a national roll-up's) cost seconds.
 */
function pagesOf(request: FitRequest, target: FitTarget, groups: LanePiece[][]): RoadmapDrawing[] {
  const count = groups.length;
  const pages = groups.map((pieces, i) => ({
    ...request,
    ...pageOf(pieces),
    part: { index: i + 1, count },
  }));
  const smallest = pages.map((page) => drawingAt(page, target.width, target.minK));
  const heights = smallest.map((drawing) => drawing.height);
  const fullest = pages[heights.indexOf(Math.max(...heights))];
  let k = (fullest && fitDrawing(fullest, target)?.metrics.k) ?? target.minK;
  if (k === target.minK) return smallest;
  const drawn = pages.map((page) => drawingAt(page, target.width, k));
  const over = pages.filter((_, i) => (drawn[i]?.height ?? 0) > target.height);
  if (over.length === 0) return drawn;
  k = Math.min(k, ...over.map((page) => fitDrawing(page, target)?.metrics.k ?? target.minK));
  return k === target.minK ? smallest : pages.map((page) => drawingAt(page, target.width, k));
}

/** A page's lanes, and the rows on it of those split over pages. */
function pageOf(pieces: LanePiece[]): Pick<FitRequest, 'laneIds' | 'laneRows'> {
  const split = pieces.filter((piece) => piece.rowIds !== null);
  return {
    laneIds: pieces.map((piece) => piece.laneId),
    ...(split.length > 0 && {
      laneRows: Object.fromEntries(split.map((piece) => [piece.laneId, piece.rowIds ?? []])),
    }),
  };
}
