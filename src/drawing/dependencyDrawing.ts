import { brokenDependencies } from '../domain/dependencies/brokenDependencies';
import type { Dependency } from '../domain/dependencySchema';
import type { Item } from '../domain/planSchema';
import { dependencyRoutes, type DependencyRoute } from '../layout/dependencyRoutes';
import type { Metrics } from '../layout/metrics';
import type { PlacedItem, RoadmapLayout } from '../layout/roadmapLayout';
import type { Viewport } from '../layout/visibleWindow';
import { dependencyMark } from './dependencyMarks';
import type { Shape } from './shape';
import type { Theme } from './theme';

/** The plan's links as laid out: their routes, the broken ones, and the items they break. */
export interface LaidLinks {
  routes: DependencyRoute[];
  broken: ReadonlySet<string>;
  /** Items at either end of a broken link: drawn in the warning style. */
  brokenItemIds: ReadonlySet<string>;
}

/** Routes the links between the items laid out (collapsed lanes have none to join). */
export function laidLinks(
  dependencies: readonly Dependency[],
  items: readonly Item[],
  layout: RoadmapLayout,
  m: Metrics,
): LaidLinks {
  const byId = new Map(
    layout.rows
      .flatMap((row) => (row.lane.collapsed ? [] : row.items))
      .map((placed): [string, PlacedItem] => [placed.item.id, placed]),
  );
  const brokenLinks = brokenDependencies(dependencies, items);
  return {
    routes: dependencyRoutes(dependencies, byId, layout, m),
    broken: new Set(brokenLinks.map((d) => d.id)),
    brokenItemIds: new Set(brokenLinks.flatMap((d) => [d.from, d.to])),
  };
}

/**
 * A function drawing the arrow of a route, each route's drawn once: the screen asks again for
 * the arrows in view at every scroll, and gets the same shapes, so nothing is redrawn. With a
 * `clip` box, a dashed (broken) arrow is drawn only within it, and drawn again for a new box;
 * a solid one is never cut, so a new box keeps it.
 */
export function linkShaper(
  broken: ReadonlySet<string>,
  theme: Theme,
  m: Metrics,
  selectedIds: ReadonlySet<string> = new Set(),
  chosenId: string | null = null,
): (route: DependencyRoute, clip?: Viewport) => Shape {
  const drawn = new WeakMap<DependencyRoute, { arrow: Shape; clip?: Viewport }>();
  return (route, clip) => {
    const { id, from, to } = route.dependency;
    const dashed = broken.has(id);
    const last = drawn.get(route);
    if (last && (!dashed || last.clip === clip)) return last.arrow;
    const arrow = dependencyMark(route, theme, m, {
      broken: dashed,
      highlighted: id === chosenId || selectedIds.has(from) || selectedIds.has(to),
      clip,
    });
    drawn.set(route, { arrow, clip });
    return arrow;
  };
}

/** The arrows of the routes given: broken ones in the warning style, the selected ones stronger. */
export function linkShapes(
  links: LaidLinks,
  routes: readonly DependencyRoute[],
  theme: Theme,
  m: Metrics,
  selectedIds: ReadonlySet<string> = new Set(),
  chosenId: string | null = null,
): Shape[] {
  const shapeOf = linkShaper(links.broken, theme, m, selectedIds, chosenId);
  return routes.map((route) => shapeOf(route));
}
