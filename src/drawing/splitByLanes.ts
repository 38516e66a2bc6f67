import { groupLanes } from '../layout/printPages';
import { drawingAt, fitDrawing, type FitRequest, type FitTarget } from './fitDrawing';
import type { RoadmapDrawing } from './roadmapDrawing';

/**
 * The fewest drawings that each fit the target at a legible type scale: the whole plan when it
 * fits, else lanes in order grouped onto as few outputs as hold them. All share one type scale,
 * the largest every group allows, so the pages of one plan read alike.
 */
export function splitByLanes(request: FitRequest, target: FitTarget): RoadmapDrawing[] {
  const whole = fitDrawing(request, target);
  if (whole) return [whole];
  const small = drawingAt(request, target.width, target.minK);
  const lanesHeight = small.lanes.reduce((sum, lane) => sum + lane.height, 0);
  // A group's own title block, markers and legend can come out a little taller than the whole
  // plan's: then the groups are made again with that much less room, until every page fits.
  let room = target.height - (small.height - lanesHeight);
  let pages: RoadmapDrawing[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    pages = pagesOf(request, target, groupLanes(small.lanes, room));
    const over = Math.max(...pages.map((page) => page.height)) - target.height;
    if (over <= 0) break;
    room -= over;
  }
  return pages;
}

function pagesOf(request: FitRequest, target: FitTarget, groups: string[][]): RoadmapDrawing[] {
  const fitted = groups.map((laneIds) => fitDrawing({ ...request, laneIds }, target));
  const k = Math.min(...fitted.map((d) => d?.metrics.k ?? target.minK));
  const count = groups.length;
  return groups.map((laneIds, i) =>
    drawingAt({ ...request, laneIds, part: { index: i + 1, count } }, target.width, k),
  );
}
