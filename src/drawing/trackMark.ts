import type { Checkpoint } from '../domain/planSchema';
import type { Metrics } from '../layout/metrics';
import type { TimeScale } from '../layout/timeScale';
import { estimateTextWidth } from '../layout/textWidth';
import { trackShape, type TrackPoint } from '../layout/trackShape';
import { halo, px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface TrackMark {
  /** The track's name, right-aligned before its first checkpoint. */
  title: Shape | null;
  line: Shape;
  /** `value` null: no room beside the next checkpoint's (the point's tooltip still says it). */
  points: { point: TrackPoint; dot: Shape; value: Shape | null }[];
}

/** Between two checkpoint values, at least. */
const VALUE_GAP_PX = 4;

/**
 * Which checkpoints' values fit above their dots, from the last back: a later value wins the room,
 * as it says where the transition stands.
 */
function valuesShown(points: readonly TrackPoint[], fontPx: number): boolean[] {
  const shown = points.map(() => false);
  let room = Infinity;
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i] as TrackPoint;
    const start = point.x + 5;
    if (start + estimateTextWidth(`${point.checkpoint.percent} %`, fontPx) + VALUE_GAP_PX > room)
      continue;
    shown[i] = true;
    room = start;
  }
  return shown;
}

/** A transition-percentage track: a stepped line with each checkpoint's value above its dot. */
export function trackMark(
  label: string,
  checkpoints: readonly Checkpoint[],
  scale: TimeScale,
  y: number,
  color: string,
  theme: Theme,
  m: Metrics,
): TrackMark {
  const s = trackShape(checkpoints, scale, y, m.trackPx);
  const first = s.points[0];
  const shown = valuesShown(s.points, m.trackFontPx);
  const soft = { fill: theme.inkSoft, 'font-size': m.trackFontPx - 1, ...halo(theme.paper) };
  return {
    title: first
      ? shape(
          'text',
          { x: px(first.x - 4), y: px(y + m.trackFontPx), 'text-anchor': 'end', ...soft },
          label,
        )
      : null,
    line: shape('path', { d: s.path, fill: 'none', stroke: color, 'stroke-width': 3 }),
    points: s.points.map((point, i) => ({
      point,
      dot: shape('circle', { cx: px(point.x), cy: px(point.y), r: 5, fill: color }),
      value: !shown[i]
        ? null
        : shape(
            'text',
            {
              x: px(point.x + 5),
              y: px(point.y - 6),
              'font-size': m.trackFontPx,
              fill: theme.ink,
              ...halo(theme.paper),
            },
            `${point.checkpoint.percent} %`,
          ),
    })),
  };
}
