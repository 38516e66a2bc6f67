import { metricsAt } from '../layout/metrics';
import { roadmapDrawing, type DrawingRequest, type RoadmapDrawing } from './roadmapDrawing';

export type FitRequest = Omit<DrawingRequest, 'metrics' | 'width'>;

export interface FitTarget {
  width: number;
  height: number;
  /** Type scales allowed: the smallest that is still legible on this output, and the largest. */
  minK: number;
  maxK: number;
}

const STEP = 0.02;

/**
 * The drawing at the largest type scale that fits the target's height, or null when even the
 * smallest legible one is too tall. Height grows with the scale, so this bisects.
 */
export function fitDrawing(request: FitRequest, target: FitTarget): RoadmapDrawing | null {
  const at = (k: number) =>
    roadmapDrawing({ ...request, metrics: metricsAt(k), width: target.width });
  const smallest = at(target.minK);
  if (smallest.height > target.height) return null;
  let [lo, hi] = [target.minK, target.maxK];
  let best = smallest;
  const largest = at(hi);
  if (largest.height <= target.height) return largest;
  while (hi - lo > STEP) {
    const mid = (lo + hi) / 2;
    const drawing = at(mid);
    if (drawing.height <= target.height) [lo, best] = [mid, drawing];
    else hi = mid;
  }
  return best;
}

/** The drawing at one type scale, whatever its height: for a lane too tall for any page. */
export const drawingAt = (request: FitRequest, width: number, k: number): RoadmapDrawing =>
  roadmapDrawing({ ...request, metrics: metricsAt(k), width });
