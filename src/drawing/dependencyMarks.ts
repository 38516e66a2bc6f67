import type { DependencyRoute, Point } from '../layout/dependencyRoutes';
import type { Metrics } from '../layout/metrics';
import { group, px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface DependencyMarkOptions {
  /** The link is broken by the plan's dates: drawn in the warning colour, dashed. */
  broken?: boolean;
  /** The link of the selected item, drawn stronger. */
  highlighted?: boolean;
}

const pathOf = (points: readonly Point[]) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)},${px(y)}`).join('');

/** The arrow of one link: its path and a head at the successor, pointing into its mark. */
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
  return group(
    {
      'data-dependency': route.dependency.id,
      'data-broken': options.broken ? 'true' : undefined,
    },
    [
      shape('path', {
        d: pathOf(route.points.slice(0, -1).concat([[tx, back]])),
        fill: 'none',
        stroke: colour,
        'stroke-width': px(width),
        'stroke-dasharray': options.broken ? `${px(4 * m.k)} ${px(3 * m.k)}` : undefined,
        'stroke-linejoin': 'round',
      }),
      shape('path', {
        d: `M${px(tx)},${px(ty)}L${px(tx - head * 0.7)},${px(back)}L${px(tx + head * 0.7)},${px(back)}Z`,
        fill: colour,
      }),
    ],
  );
}
