import type { Checkpoint } from '../domain/planSchema';
import { shiftDate, type Shift } from '../domain/shift';

/** Vertical drag distance per percent, in px: the band is too short to map percent to its height. */
export const PX_PER_PERCENT = 1;

/** The checkpoints with one moved in time and percent (whole percents, 0–100). */
export function moveCheckpoint(
  points: readonly Checkpoint[],
  index: number,
  shift: Shift,
  dyPx: number,
): Checkpoint[] {
  return points.map((point, i) => {
    if (i !== index) return point;
    const percent = Math.min(100, Math.max(0, Math.round(point.percent - dyPx / PX_PER_PERCENT)));
    return { date: shiftDate(point.date, shift), percent };
  });
}
