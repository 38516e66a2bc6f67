import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../factories/generatePlan';
import { planJson } from '../../../src/persistence/planJson';
import { makePlan } from '../../factories/plans';

describe('planJson', () => {
  it.each([
    ['a small plan', makePlan()],
    ['a plan with no tracks or markers', makePlan({ tracks: [], markers: [] })],
    ['a generated 500-item plan', generatePlan({ items: 500 })],
  ])('parses back to the same plan: %s', (_name, plan) => {
    expect(JSON.parse(planJson(plan))).toEqual(plan);
  });

  it('reflects an edit: a replaced item is written anew, the others come from the cache', () => {
    const plan = makePlan();
    planJson(plan);
    const [first, ...others] = plan.items;
    const edited = { ...plan, items: [{ ...first!, label: 'Muutettu' }, ...others] };
    expect(JSON.parse(planJson(edited))).toEqual(edited);
    expect(JSON.parse(planJson(edited)).items[0].label).toBe('Muutettu');
  });
});
