import { describe, expect, it } from 'vitest';
import { groupByRow } from '../../../src/domain/groupByRow';
import { itemCaption } from '../../../src/i18n/itemText';
import { dependencyRoutes } from '../../../src/layout/dependencyRoutes';
import { joinableItems, LinkRouter } from '../../../src/layout/linkRouter';
import { SCREEN_METRICS as m } from '../../../src/layout/metrics';
import { layoutRoadmap } from '../../../src/layout/roadmapLayout';
import { createTimeScale } from '../../../src/layout/timeScale';
import { generatePlan } from '../../factories/generatePlan';
import { withLinks } from '../../factories/planVariants';

const plan = withLinks(generatePlan({ items: 1500 }), 400);
const scale = createTimeScale(plan.window.start, plan.window.end, 4);
const layout = layoutRoadmap(
  plan,
  scale,
  (item) => itemCaption(item, 'fi'),
  groupByRow(plan.items),
);
const all = dependencyRoutes(plan.dependencies, joinableItems(layout), layout, m);
const VIEW = { left: 800, right: 2400, top: 0, bottom: 900 };

describe('LinkRouter', () => {
  it('routes every link as dependencyRoutes does, in the links’ order, step by step', () => {
    const router = new LinkRouter(plan.dependencies, layout, m);
    let steps = 0;
    while (!router.step(50)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(router.routed()).toEqual(all);
  });

  it('routes at once only the links that can reach the view, and every one that does', () => {
    const router = new LinkRouter(plan.dependencies, layout, m);
    const near = router.inView(VIEW);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(all.length / 2);
    const visibleIds = (routes: typeof all) =>
      routes
        .filter(({ points }) =>
          points.some(
            ([x, y]) => x >= VIEW.left && x <= VIEW.right && y >= VIEW.top && y <= VIEW.bottom,
          ),
        )
        .map((route) => route.dependency.id);
    expect(visibleIds(near)).toEqual(visibleIds(all));
  });

  it('routes the links near the view as far as time allows, and the rest at the next call', () => {
    const whole = new LinkRouter(plan.dependencies, layout, m).inView(VIEW);
    const router = new LinkRouter(plan.dependencies, layout, m);
    let allowed = 5;
    const first = router.inView(VIEW, () => allowed-- > 0);
    expect(first).toHaveLength(5);
    expect(router.nearLeft).toBe(true);
    expect(router.inView(VIEW)).toEqual(whole);
    expect(router.nearLeft).toBe(false);
  });
});
