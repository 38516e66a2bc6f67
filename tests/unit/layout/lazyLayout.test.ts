import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByRow } from '../../../src/domain/groupByRow';
import type { Item, Plan } from '../../../src/domain/planSchema';
import { LazyLayout } from '../../../src/layout/lazyLayout';
import { layoutRoadmap, layoutSteps, type RowCache } from '../../../src/layout/roadmapLayout';
import { createTimeScale } from '../../../src/layout/timeScale';
import { contentRange } from '../../../src/layout/contentRange';
import { generatePlan } from '../../factories/generatePlan';

const labelOf = (item: Item) => item.label;
const laneNameHeight = () => 90;

function lazyAndWhole(plan: Plan, pxPerDay: number, guess: number, cache?: RowCache) {
  const range = contentRange(plan);
  const scale = createTimeScale(range.start, range.end, pxPerDay);
  const byRow = groupByRow(plan.items);
  const options = { laneNameHeight, cache };
  return {
    lazy: new LazyLayout(
      (onProgress) => layoutSteps(plan, scale, labelOf, byRow, { ...options, onProgress }),
      guess,
    ),
    whole: layoutRoadmap(plan, scale, labelOf, byRow, { laneNameHeight }),
  };
}

describe('LazyLayout', () => {
  it('gives the whole layout’s own rows down to any depth, and the whole layout in the end', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.nat(1000),
          items: fc.integer({ min: 0, max: 120 }),
          lanes: fc.integer({ min: 1, max: 6 }),
          rowsPerLane: fc.integer({ min: 0, max: 5 }),
          px: fc.double({ min: 0.3, max: 40, noNaN: true }),
          guess: fc.nat(20_000),
          depths: fc.array(fc.integer({ min: -100, max: 8000 }), { maxLength: 5 }),
        }),
        ({ seed, items, lanes, rowsPerLane, px, guess, depths }) => {
          const plan = generatePlan({
            items: rowsPerLane ? items : 0,
            lanes,
            rowsPerLane,
            seed,
            years: 2,
          });
          const { lazy, whole } = lazyAndWhole(plan, px, guess);
          for (const bottom of depths) {
            const part = lazy.upTo(bottom);
            // Rows laid out reach the bottom asked for (or are all of them)...
            const last = part.rows.at(-1);
            expect(
              part.rows.length === whole.rows.length || (last && last.y + last.height >= bottom),
            ).toBeTruthy();
            // ...and are those of the whole layout: the lanes done, rows and all; the lane under
            // way starts where it does and ends at its last row laid out (which grows only when
            // its lane grows to its name).
            const done = part.lanes.slice(0, -1);
            expect(done).toEqual(whole.lanes.slice(0, done.length));
            const underWay = part.lanes.at(-1);
            if (underWay) {
              const final = whole.lanes[part.lanes.length - 1];
              expect(underWay.y).toBe(final?.y);
              expect(underWay.height).toBeLessThanOrEqual(final?.height ?? 0);
            }
            expect(part.rows.slice(0, -1)).toEqual(whole.rows.slice(0, part.rows.length - 1));
            if (last) {
              const { height, ...rest } = whole.rows[part.rows.length - 1] ?? last;
              expect({ ...last, height: undefined }).toEqual({ ...rest, height: undefined });
              expect(last.height).toBeLessThanOrEqual(height);
            }
            expect(part.height).toBeGreaterThanOrEqual(
              Math.min(whole.height, last ? last.y + last.height : 0),
            );
          }
          expect(lazy.whole()).toEqual(whole);
          expect(lazy.done).toBe(true);
        },
      ),
      { seed: 7, numRuns: 120 },
    );
  }, 30_000);

  it('follows zoom steps through a shared row cache exactly as a fresh layout does', () => {
    const plan = generatePlan({ items: 400, lanes: 4, rowsPerLane: 3, seed: 5 });
    const cache: RowCache = new Map();
    let px = 1;
    for (const factor of [1.27, 1.27, 0.79, 2, 0.5, 0.5, 3]) {
      px *= factor;
      const { lazy, whole } = lazyAndWhole(plan, px, 500, cache);
      lazy.upTo(200);
      expect(lazy.whole()).toEqual(whole);
    }
  });

  it('lays out one row more at a time, ending with the whole layout', () => {
    const { lazy, whole } = lazyAndWhole(
      generatePlan({ items: 300, lanes: 5, rowsPerLane: 3 }),
      2,
      0,
    );
    for (let rows = 1; rows <= 4; rows++) {
      lazy.more();
      expect(lazy.upTo(-1).rows).toHaveLength(rows);
      expect(lazy.upTo(-1).rows.slice(0, -1)).toEqual(whole.rows.slice(0, rows - 1));
    }
    while (!lazy.more());
    expect(lazy.whole()).toBe(lazy.upTo(-1));
    expect(lazy.whole()).toEqual(whole);
  });

  it('gives the same object again while no row was added', () => {
    const { lazy } = lazyAndWhole(generatePlan({ items: 200 }), 2, 0);
    expect(lazy.upTo(10)).toBe(lazy.upTo(20));
  });
});
