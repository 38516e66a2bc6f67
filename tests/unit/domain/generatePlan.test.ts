import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../factories/generatePlan';
import { planSchema } from '../../../src/domain/planSchema';

describe('generatePlan', () => {
  it.each([700, 5000])('makes a valid plan of %i items', (items) => {
    const plan = generatePlan({ items });
    expect(planSchema.safeParse(plan).error?.issues.slice(0, 3)).toBeUndefined();
    expect(plan.items).toHaveLength(items);
    expect(plan.lanes).toHaveLength(4);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePlan({ items: 200, seed: 3 })).toEqual(generatePlan({ items: 200, seed: 3 }));
    expect(generatePlan({ items: 200, seed: 3 })).not.toEqual(
      generatePlan({ items: 200, seed: 4 }),
    );
  });

  it('makes about 80 % phases and 20 % milestones over five years', () => {
    const plan = generatePlan({ items: 5000 });
    const milestones = plan.items.filter((i) => i.type === 'milestone').length / 5000;
    expect(milestones).toBeGreaterThan(0.17);
    expect(milestones).toBeLessThan(0.23);
    expect(plan.window).toEqual({ start: '2024-01-01', end: '2028-12-29' });
  });
});
