import { describe, expect, it } from 'vitest';
import { groupByRow } from '../../../src/domain/groupByRow';
import type { Dependency, DependencyKind } from '../../../src/domain/planSchema';
import { seededRandom } from '../../../src/domain/seededRandom';
import { itemCaption } from '../../../src/i18n/itemText';
import { dependencyRoutes, MAX_STEPS, type Point } from '../../../src/layout/dependencyRoutes';
import { SCREEN_METRICS as m } from '../../../src/layout/metrics';
import { layoutRoadmap, type PlacedItem } from '../../../src/layout/roadmapLayout';
import { createTimeScale } from '../../../src/layout/timeScale';
import { generatePlan } from '../../factories/generatePlan';
import { withLinks } from '../../factories/planVariants';

const MONTH_ZOOM_PX_PER_DAY = 4;
const KINDS: DependencyKind[] = ['finishToStart', 'finishToFinish', 'startToStart'];

/** A label's box as drawn: its width beside (or in) the mark, the font's height about its middle. */
const labelBox = (p: PlacedItem) => {
  const cy = p.y + m.barPx * 0.1 + m.barPx / 2;
  const half = m.labelFontPx * 0.65;
  return {
    x0: p.shape.labelX,
    x1: p.shape.labelX + p.shape.labelWidth,
    y0: cy - half,
    y1: cy + half,
  };
};

/** Whether the axis-aligned segment a–b passes through the box's inside. */
function crosses([ax, ay]: Point, [bx, by]: Point, box: ReturnType<typeof labelBox>): boolean {
  const [x0, x1] = [Math.min(ax, bx), Math.max(ax, bx)];
  const [y0, y1] = [Math.min(ay, by), Math.max(ay, by)];
  return x1 > box.x0 && x0 < box.x1 && y1 > box.y0 && y0 < box.y1;
}

function randomLinks(ids: string[], next: () => number, count: number): Dependency[] {
  return Array.from({ length: count }, (_, k) => {
    const a = Math.floor(next() * ids.length);
    const b = Math.floor(next() * ids.length);
    const [from, to] = [ids[Math.min(a, b)] as string, ids[Math.max(a, b)] as string];
    return { id: `d${k}`, from, to, kind: KINDS[k % 3] as DependencyKind };
  }).filter((d) => d.from !== d.to);
}

function setup(seed: number, next: () => number) {
  const plan = generatePlan({
    items: 20 + Math.floor(next() * 60),
    lanes: 3,
    rowsPerLane: 3,
    years: 2,
    seed,
  });
  const scale = createTimeScale(plan.window.start, plan.window.end, MONTH_ZOOM_PX_PER_DAY);
  const layout = layoutRoadmap(
    plan,
    scale,
    (item) => itemCaption(item, 'fi'),
    groupByRow(plan.items),
  );
  const placed = layout.rows.flatMap((row) => row.items);
  const byId = new Map(placed.map((p) => [p.item.id, p]));
  return { plan, layout, placed, byId };
}

describe('dependency arrows', () => {
  it('never cross a label box, in 1,000 random plans at the months zoom, but for a rare straight one', () => {
    const next = seededRandom(15);
    let routes = 0;
    let straight = 0;
    for (let n = 0; n < 1000; n++) {
      const { plan, layout, placed, byId } = setup(n + 1, next);
      const links = randomLinks(
        plan.items.map((i) => i.id),
        next,
        1 + Math.floor(next() * 10),
      );
      const boxes = placed.filter((p) => p.shape.label).map(labelBox);
      for (const route of dependencyRoutes(links, byId, layout, m)) {
        routes++;
        const segments = route.points
          .slice(1)
          .map((b, i): [Point, Point] => [route.points[i] as Point, b]);
        for (const [a, b] of segments)
          expect(a[0] === b[0] || a[1] === b[1], `plan ${n}: segments are straight`).toBe(true);
        const throughLabel = segments.some(([a, b]) => boxes.some((box) => crosses(a, b, box)));
        // Weaving would have taken more than MAX_STEPS steps: out, along, straight across, in.
        if (throughLabel) expect(route.points, `plan ${n}, ${route.dependency.id}`).toHaveLength(6);
        if (throughLabel) straight++;
      }
    }
    expect(routes).toBeGreaterThan(3000);
    expect(straight / routes).toBeLessThan(0.01);
  }, 120_000);

  it(`go straight across a crowded plan rather than step sideways more than ${MAX_STEPS} times`, () => {
    const plan = withLinks(generatePlan({ items: 3000 }), 300);
    const scale = createTimeScale(plan.window.start, plan.window.end, MONTH_ZOOM_PX_PER_DAY);
    const layout = layoutRoadmap(plan, scale, (i) => itemCaption(i, 'fi'), groupByRow(plan.items));
    const byId = new Map(layout.rows.flatMap((row) => row.items).map((p) => [p.item.id, p]));
    const routes = dependencyRoutes(plan.dependencies, byId, layout, m);
    const most = Math.max(...routes.map((route) => route.points.length));
    expect(most).toBeLessThanOrEqual(6 + 2 * MAX_STEPS);
    expect(routes.filter((route) => route.points.length === 6).length).toBeGreaterThan(0);
  });

  it('leave the predecessor where the kind says and end on the successor', () => {
    const next = seededRandom(3);
    const { layout, byId, placed } = setup(9, next);
    const [a, b] = [placed[0] as PlacedItem, placed.at(-1) as PlacedItem];
    const link = (kind: DependencyKind): Dependency => ({
      id: kind,
      from: a.item.id,
      to: b.item.id,
      kind,
    });
    const [fs, ff, ss] = dependencyRoutes(KINDS.map(link), byId, layout, m);
    const inside = (x: number, p: PlacedItem) => x >= p.shape.x && x <= p.shape.x + p.shape.width;
    const nearEnd = (x: number, p: PlacedItem) =>
      Math.abs(x - (p.shape.x + p.shape.width)) <= Math.max(4, p.shape.width / 2);
    const nearStart = (x: number, p: PlacedItem) =>
      Math.abs(x - p.shape.x) <= Math.max(4, p.shape.width / 2);
    for (const route of [fs, ff, ss]) {
      const start = route?.points[0] as Point;
      const tip = route?.points.at(-1) as Point;
      expect(inside(start[0], a) && inside(tip[0], b)).toBe(true);
    }
    expect(
      nearEnd(fs?.points[0]?.[0] as number, a) && nearStart(fs?.points.at(-1)?.[0] as number, b),
    ).toBe(true);
    expect(nearEnd(ff?.points.at(-1)?.[0] as number, b)).toBe(true);
    expect(nearStart(ss?.points[0]?.[0] as number, a)).toBe(true);
    expect(fs?.down).toBe(b.y > a.y);
  });

  it('draws nothing for a link whose item is not laid out', () => {
    const next = seededRandom(4);
    const { layout, byId, placed } = setup(2, next);
    const link: Dependency = {
      id: 'x',
      from: (placed[0] as PlacedItem).item.id,
      to: 'hidden',
      kind: 'finishToStart',
    };
    expect(dependencyRoutes([link], byId, layout, m)).toEqual([]);
  });
});
