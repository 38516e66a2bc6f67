import type { DependencyRoute } from './dependencyRoutes';
import type { Viewport } from './visibleWindow';

type Box = readonly [x0: number, x1: number, y0: number, y1: number];
/** Each route's bounds, found once: a scroll asks again for every route. */
const bounds = new WeakMap<DependencyRoute, Box>();

function boundsOf(route: DependencyRoute): Box {
  let box = bounds.get(route);
  if (!box) {
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const [x, y] of route.points) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    box = [x0, x1, y0, y1];
    bounds.set(route, box);
  }
  return box;
}

/** The routes with any part in view: the screen draws these and leaves the rest out. */
export function visibleRoutes(
  routes: readonly DependencyRoute[],
  view: Viewport,
): DependencyRoute[] {
  return routes.filter((route) => {
    const [x0, x1, y0, y1] = boundsOf(route);
    return x1 >= view.left && x0 <= view.right && y1 >= view.top && y0 <= view.bottom;
  });
}
