import type { Checkpoint } from '../domain/planSchema';
import type { Metrics } from '../layout/metrics';
import type { TimeScale } from '../layout/timeScale';
import { trackShape, type TrackPoint } from '../layout/trackShape';
import { halo, px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface TrackMark {
  /** The track's name, right-aligned before its first checkpoint. */
  title: Shape | null;
  line: Shape;
  points: { point: TrackPoint; dot: Shape; value: Shape }[];
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
    points: s.points.map((point) => ({
      point,
      dot: shape('circle', { cx: px(point.x), cy: px(point.y), r: 5, fill: color }),
      value: shape(
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
