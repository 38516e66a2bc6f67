import { clipPolyline } from '../layout/clipPolyline';
import type { DependencyRoute, Point } from '../layout/dependencyRoutes';
import type { Viewport } from '../layout/visibleWindow';
import type { Metrics } from '../layout/metrics';
import { group, px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface DependencyMarkOptions {
  /** The link is broken by the plan's dates: drawn in the warning colour, dashed. */
  broken?: boolean;
  /** The link of the selected item, drawn stronger. */
  highlighted?: boolean;
  /**
   * Draws only what of a dashed arrow lies in this box (the screen's view and a margin): a dash
   * pattern along an arrow across the whole plan cost the raster more than the rest of a frame.
   */
  clip?: Viewport;
}

const pathOf = (points: readonly Point[]) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)},${px(y)}`).join('');

/**
 * The arrow of one link: its path (the pieces of it in `clip`) and, last, a head at the
 * successor, pointing into its mark.
 */
export function dependencyMark(
  route: DependencyRoute,
  theme: Theme,
  m: Metrics,
  options: DependencyMarkOptions = {},
): Shape {
  const colour = options.broken ? theme.late : theme.inkSoft;
  const width = (options.highlighted || options.broken ? 2 : 1.25) * m.k;
  const [tx, ty] = route.points.at(-1) as Point;
  const head = 5 * m.k;
  const back = route.down ? ty - head : ty + head;
  const line = route.points.slice(0, -1).concat([[tx, back]]);
  const dash = [4 * m.k, 3 * m.k] as const;
  const stroke = (points: readonly Point[], from = 0) =>
    shape('path', {
      d: pathOf(points),
      fill: 'none',
      stroke: colour,
      'stroke-width': px(width),
      'stroke-dasharray': options.broken ? `${px(dash[0])} ${px(dash[1])}` : undefined,
      'stroke-dashoffset': from ? px(from % (dash[0] + dash[1])) : undefined,
      'stroke-linejoin': 'round',
    });
  const strokes =
    options.broken && options.clip
      ? clipPolyline(line, options.clip).map((piece) => stroke(piece.points, piece.from))
      : [stroke(line)];
  return group(
    {
      'data-dependency': route.dependency.id,
      'data-broken': options.broken ? 'true' : undefined,
    },
    [
      ...strokes,
      shape('path', {
        d: `M${px(tx)},${px(ty)}L${px(tx - head * 0.7)},${px(back)}L${px(tx + head * 0.7)},${px(back)}Z`,
        fill: colour,
      }),
    ],
  );
}
