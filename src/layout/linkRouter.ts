import type { Dependency } from '../domain/planSchema';
import type { Metrics } from './metrics';
import type { PlacedItem, RoadmapLayout } from './roadmapLayout';
import {
  occupancyOf,
  routeDependency,
  type DependencyRoute,
  type Occupancy,
} from './dependencyRoutes';
import type { Viewport } from './visibleWindow';

/** Links routed per step while the page is idle: a few ms. */
const PER_STEP = 100;

/** The items laid out that a link can join (collapsed lanes have none), by id. */
export function joinableItems(layout: RoadmapLayout): Map<string, PlacedItem> {
  const byId = new Map<string, PlacedItem>();
  for (const row of layout.rows)
    if (!row.lane.collapsed) for (const placed of row.items) byId.set(placed.item.id, placed);
  return byId;
}

/** How far sideways of its items' box an arrow may step to pass a crowded sub-row, in px. */
const SIDE_ROOM_PX = 200;

/** Whether the box of a link's two items, with room to the sides, meets the view. */
function endsMeet(from: PlacedItem, to: PlacedItem, view: Viewport): boolean {
  const x0 = Math.min(from.shape.x, to.shape.x) - SIDE_ROOM_PX;
  const x1 = Math.max(from.shape.x + from.shape.width, to.shape.x + to.shape.width) + SIDE_ROOM_PX;
  const y0 = Math.min(from.y, to.y);
  const y1 = Math.max(from.y, to.y) + 40;
  return x1 >= view.left && x0 <= view.right && y1 >= view.top && y0 <= view.bottom;
}

/**
 * The screen's routing of one layout's links, done as it is needed: the links near the view at
 * once, the rest a step at a time while the page is idle. The same routes as `dependencyRoutes`
 * (routing one link never depends on another), given in the links' order.
 */
export class LinkRouter {
  readonly #layout: RoadmapLayout;
  readonly #m: Metrics;
  readonly #dependencies: readonly Dependency[];
  readonly #byId: Map<string, PlacedItem>;
  readonly #routes = new Map<string, DependencyRoute>();
  #bands: Occupancy | null = null;
  /** Index of the first link not yet looked at by the idle steps. */
  #next = 0;
  #list: DependencyRoute[] | null = [];
  #nearLeft = false;

  constructor(dependencies: readonly Dependency[], layout: RoadmapLayout, m: Metrics) {
    this.#dependencies = dependencies;
    this.#layout = layout;
    this.#m = m;
    this.#byId = joinableItems(layout);
  }

  get done(): boolean {
    return this.#next >= this.#dependencies.length;
  }

  /**
   * Routes the links whose items' box meets `view` while `more()` says there is time; all routed
   * so far, in the links' order. `nearLeft` tells whether some near the view are still to route.
   */
  inView(view: Viewport, more: () => boolean = () => true): DependencyRoute[] {
    this.#nearLeft = false;
    for (let i = this.#next; i < this.#dependencies.length; i++) {
      const dependency = this.#dependencies[i] as Dependency;
      if (this.#routes.has(dependency.id) || !this.#meets(dependency, view)) continue;
      if (!more()) {
        this.#nearLeft = true;
        break;
      }
      this.#route(dependency);
    }
    return this.routed();
  }

  /** Whether the last `inView` ran out of time before every link near its view was routed. */
  get nearLeft(): boolean {
    return this.#nearLeft;
  }

  /** Routes the next links; true once every link is routed. */
  step(count = PER_STEP): boolean {
    const end = Math.min(this.#dependencies.length, this.#next + count);
    for (; this.#next < end; this.#next++)
      this.#route(this.#dependencies[this.#next] as Dependency);
    return this.done;
  }

  routed(): DependencyRoute[] {
    this.#list ??= this.#dependencies.flatMap((d) => this.#routes.get(d.id) ?? []);
    return this.#list;
  }

  #meets(dependency: Dependency, view: Viewport): boolean {
    const from = this.#byId.get(dependency.from);
    const to = this.#byId.get(dependency.to);
    return from !== undefined && to !== undefined && endsMeet(from, to, view);
  }

  #route(dependency: Dependency): void {
    if (this.#routes.has(dependency.id)) return;
    const from = this.#byId.get(dependency.from);
    const to = this.#byId.get(dependency.to);
    if (!from || !to) return;
    this.#bands ??= occupancyOf(this.#layout);
    this.#routes.set(dependency.id, routeDependency(dependency, from, to, this.#bands, this.#m));
    this.#list = null;
  }
}
