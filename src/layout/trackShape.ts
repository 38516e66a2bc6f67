import type { Checkpoint } from '../domain/planSchema';
import type { TimeScale } from './timeScale';

export interface TrackPoint {
  x: number;
  y: number;
  checkpoint: Checkpoint;
  /** The next checkpoint's date, or null for the last: the value holds until then. */
  until: string | null;
  /** The width in px this checkpoint's value holds for. */
  stepWidth: number;
}

/** Space above and below the line inside the track band, in px. */
export const TRACK_INSET_PX = 14;

/**
 * A stepped line: each checkpoint's percent holds until the next checkpoint. `height` is the band
 * height in px; 0 % sits at its bottom, 100 % at its top.
 */
export function trackShape(
  points: readonly Checkpoint[],
  scale: TimeScale,
  top: number,
  height: number,
): { path: string; points: TrackPoint[] } {
  const inner = height - 2 * TRACK_INSET_PX;
  const yOf = (percent: number) => top + TRACK_INSET_PX + inner * (1 - percent / 100);
  const placed = points.map((checkpoint, i) => {
    const next = points[i + 1];
    const x = scale.x(checkpoint.date);
    const endX = next ? scale.x(next.date) : x + Math.min(scale.pxPerDay * 14, 60);
    return {
      x,
      y: yOf(checkpoint.percent),
      checkpoint,
      until: next ? next.date : null,
      stepWidth: endX - x,
    };
  });
  return { path: stepPath(placed), points: placed };
}

function stepPath(points: readonly TrackPoint[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const last = points.at(-1) as TrackPoint;
  const steps = rest.map((p) => `H${round(p.x)}V${round(p.y)}`).join('');
  return `M${round(first.x)},${round(first.y)}${steps}H${round(last.x + last.stepWidth)}`;
}

const round = (n: number) => Math.round(n * 10) / 10;
