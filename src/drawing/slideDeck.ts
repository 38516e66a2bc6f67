import { fitDrawing, type FitRequest } from './fitDrawing';
import type { RoadmapDrawing } from './roadmapDrawing';
import { splitByLanes } from './splitByLanes';

/** A 16:9 slide, in px. */
export const SLIDE = { width: 1920, height: 1080 } as const;
/** Item labels on a slide: 18 px reads from the back of a meeting room; 12 px is the floor. */
const LEGIBLE_K = 18 / 13;
const FLOOR_K = 12 / 13;
const LARGEST_K = 2.2;

/**
 * The slides of one frame: one slide when the whole plan fits with labels of at least 12 px,
 * otherwise one slide per group of lanes, each at a size that reads from across the room.
 */
export function slideDeck(request: FitRequest): RoadmapDrawing[] {
  const target = { ...SLIDE, maxK: LARGEST_K };
  const whole = fitDrawing(request, { ...target, minK: FLOOR_K });
  if (whole) return [whole];
  return splitByLanes(request, { ...target, minK: LEGIBLE_K });
}
