import type { DependencyRoute } from './dependencyRoutes';
import type { Viewport } from './visibleWindow';

/** The routes with any part in view: the screen draws these and leaves the rest out. */
export function visibleRoutes(
  routes: readonly DependencyRoute[],
  view: Viewport,
): DependencyRoute[] {
  return routes.filter(({ points }) => {
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const [x, y] of points) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    return x1 >= view.left && x0 <= view.right && y1 >= view.top && y0 <= view.bottom;
  });
}
