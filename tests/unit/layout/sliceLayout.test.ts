import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../factories/generatePlan';
import { groupByRow } from '../../../src/domain/groupByRow';
import { layoutRoadmap, layoutSteps } from '../../../src/layout/roadmapLayout';
import { layoutInSlices } from '../../../src/layout/sliceLayout';
import { createTimeScale } from '../../../src/layout/timeScale';

const plan = generatePlan({ items: 20_000, lanes: 6, rowsPerLane: 8 });
const scale = createTimeScale('2023-11-01', '2029-03-01', 2);
const args = [
  plan,
  scale,
  (item: (typeof plan.items)[number]) => item.label,
  groupByRow(plan.items),
] as const;

describe('layoutInSlices', () => {
  it('gives the same layout as laying out at once, reporting growing shares of the items', async () => {
    const shares: number[] = [];
    const sliced = await layoutInSlices(
      layoutSteps(...args),
      plan.items.length,
      (s) => shares.push(s),
      () => false,
    );
    expect(sliced).toEqual(layoutRoadmap(...args));
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    for (const share of shares) expect(share).toBeLessThanOrEqual(1);
  });

  it('yields to the page between slices and stops when the layout is no longer wanted', async () => {
    /** Steps of 25 ms each: two make a slice. */
    function* slow(): Generator<number, ReturnType<typeof layoutRoadmap>> {
      for (let i = 1; i <= 10; i++) {
        const until = performance.now() + 25;
        while (performance.now() < until);
        yield i;
      }
      return layoutRoadmap(...args);
    }
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const shares: number[] = [];
    const result = await layoutInSlices(
      slow(),
      10,
      (s) => shares.push(s),
      () => shares.length >= 2,
    );
    expect(timerRan).toBe(true);
    expect(shares).toEqual([0.2, 0.4]);
    expect(result).toBeNull();
  });
});
