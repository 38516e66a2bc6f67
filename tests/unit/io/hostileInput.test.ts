import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../src/domain/generatePlan';
import { planSchema, type Plan } from '../../../src/domain/planSchema';
import { checkJsonShape, MAX_JSON_DEPTH } from '../../../src/io/jsonShape';
import { migrateFile, type Migration } from '../../../src/io/migrations';
import { parsePlanText, parsePlanValue } from '../../../src/io/parsePlanFile';
import { makeFileText } from '../../factories/files';

describe('files that are hostile by shape', () => {
  it.each([
    ['a million nested arrays', '['.repeat(1_000_000) + ']'.repeat(1_000_000)],
    [
      'deep objects inside a plan envelope',
      `{"type":"tiekartta-plan","version":1,"plan":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
    ],
  ])('refuse %s with an error, not a stack overflow', (_name, text) => {
    const result = parsePlanText(text);
    expect(result.ok ? null : result.error.code).toBe('too-complex');
  });

  it('does not count brackets inside strings', () => {
    expect(checkJsonShape(JSON.stringify({ label: '['.repeat(MAX_JSON_DEPTH * 4) }))).toEqual({
      ok: true,
    });
    expect(checkJsonShape(JSON.stringify({ label: 'a\\"[[[[' }))).toEqual({ ok: true });
  });
});

/** Plans the generator makes from arbitrary seeds and sizes: a wide, valid input space. */
const plans = fc
  .record({
    items: fc.integer({ min: 0, max: 60 }),
    seed: fc.integer(),
    lanes: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ items, seed, lanes }) => generatePlan({ items, seed, lanes, rowsPerLane: 3, years: 2 }));

describe('property: import never throws', () => {
  it('any string gives a result or a clear error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parsePlanText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON value gives a result or a clear error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parsePlanValue(value);
        if (!result.ok)
          expect(result.error.code).toMatch(
            /^(wrong-type|version-unknown|version-too-new|invalid-data)$/,
          );
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON value in the plan slot of a proper envelope is refused or accepted, never thrown', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (plan) => {
        const result = parsePlanValue({
          type: 'tiekartta-plan',
          version: 1,
          appVersion: 'x',
          exportedAt: '2022-06-15T09:00:00.000Z',
          plan,
        });
        expect(result.ok).toBe(planSchema.safeParse(plan).success);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: any valid plan round-trips', () => {
  it('export → import gives an equal plan and the same bytes again', () => {
    fc.assert(
      fc.property(plans, (plan: Plan) => {
        const text = makeFileText(plan);
        const result = parsePlanText(text);
        expect(result.ok && result.plan).toEqual(plan);
        expect(result.ok && makeFileText(result.plan)).toBe(text);
      }),
      { numRuns: 60 },
    );
  });
});

describe('property: migrations never mutate their input', () => {
  const rename: Record<number, Migration> = {
    1: (file) => ({ ...file, plan: { ...(file.plan as object), migrated: true } }),
  };
  it('leaves any input file exactly as it was', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (file) => {
        const before = JSON.stringify(file);
        migrateFile(file, 1, rename, 2);
        expect(JSON.stringify(file)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});
