import fc from 'fast-check';
import type { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { integrityHoldsAfter } from '../../../src/domain/changedIntegrity';
import { checkPlanIntegrity } from '../../../src/domain/planIntegrity';
import type { Plan } from '../../../src/domain/planSchema';
import { generatePlan } from '../../factories/generatePlan';

/** The oracle: the rules checked over the whole plan, as the schema does. */
function wholePlanHolds(plan: Plan): boolean {
  let valid = true;
  checkPlanIntegrity(plan, { addIssue: () => (valid = false) } as unknown as z.core.$RefinementCtx);
  return valid;
}

type Edit = (plan: Plan, a: number, b: number) => Plan;
const at = <T>(list: readonly T[], n: number) => list[n % list.length] as T;
const replace = <T>(list: readonly T[], i: number, value: T) =>
  list.map((old, j) => (j === i % list.length ? value : old));

/** Edits of every shape: in place or not, keeping the rules or breaking one. */
const EDITS: Edit[] = [
  (p, a, b) => ({
    ...p,
    items: replace(p.items, a, { ...at(p.items, a), rowId: at(p.items, b).rowId }),
  }),
  (p, a) => ({ ...p, items: replace(p.items, a, { ...at(p.items, a), rowId: 'no-such-row' }) }),
  (p, a, b) => ({ ...p, items: replace(p.items, a, { ...at(p.items, a), id: at(p.items, b).id }) }),
  (p, a, b) => ({
    ...p,
    items: replace(p.items, a, { ...at(p.items, a), id: at(p.markers, b).id }),
  }),
  (p, a) => ({ ...p, items: replace(p.items, a, { ...at(p.items, a), id: `fresh-${a}` }) }),
  (p, a, b) => ({
    ...p,
    items: [...p.items, { ...at(p.items, a), id: a % 2 ? `new-${a}` : at(p.items, b).id }],
  }),
  (p, a) => ({ ...p, items: p.items.filter((_, i) => i !== a % p.items.length) }),
  (p, a, b) => {
    const items = [...p.items];
    [items[a % items.length], items[b % items.length]] = [at(items, b), at(items, a)];
    return { ...p, items };
  },
  (p, a, b) => {
    const track = at(p.tracks, a);
    const checkpoints = [...track.checkpoints];
    [checkpoints[a % checkpoints.length], checkpoints[b % checkpoints.length]] = [
      at(checkpoints, b),
      at(checkpoints, a),
    ];
    return { ...p, tracks: replace(p.tracks, a, { ...track, checkpoints }) };
  },
  (p, a, b) => ({
    ...p,
    tracks: replace(p.tracks, a, {
      ...at(p.tracks, a),
      rowId: b % 3 ? at(p.items, b).rowId : 'gone',
    }),
  }),
  (p, a, b) => ({
    ...p,
    markers: replace(p.markers, a, { ...at(p.markers, a), id: at(p.markers, b).id }),
  }),
  (p, a) => ({ ...p, markers: replace(p.markers, a, { ...at(p.markers, a), label: `M ${a}` }) }),
  (p, a) => ({
    ...p,
    lanes: replace(p.lanes, a, { ...at(p.lanes, a), rows: at(p.lanes, a).rows.slice(1) }),
  }),
  (p, a, b) => ({ ...p, lanes: replace(p.lanes, a, { ...at(p.lanes, a), id: at(p.items, b).id }) }),
];

describe('checking the rules that span the plan after an edit', () => {
  it('agrees with the whole-plan check after any sequence of edits', () => {
    const start = generatePlan({ items: 40, lanes: 3, rowsPerLane: 2, years: 1, seed: 3 });
    const seen = { holds: 0, broken: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.nat(500), fc.nat(500)), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          let plan = start;
          for (const [edit, a, b] of edits) {
            const next = (EDITS[edit] as Edit)(plan, a, b);
            const holds = wholePlanHolds(next);
            seen[holds ? 'holds' : 'broken']++;
            expect(integrityHoldsAfter(plan, next)).toBe(holds);
            // Only a plan that holds is ever the "before" of the next edit, as in the app.
            if (holds) plan = next;
          }
        },
      ),
      { seed: 12, numRuns: 1500 },
    );
    expect(Math.min(seen.holds, seen.broken)).toBeGreaterThan(500);
  });

  it('accepts a plan with nothing changed', () => {
    const plan = generatePlan({ items: 10 });
    expect(integrityHoldsAfter(plan, { ...plan })).toBe(true);
  });
});
