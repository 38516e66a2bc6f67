import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { FILE_TYPE, FORMAT_VERSION, serializePlanFile } from '../../../src/io/planFile';
import { FIXED_META, makeFileText } from '../../factories/files';
import { SAMPLE_TEXT } from '../../factories/fixtures';
import { makePlan } from '../../factories/plans';

const SAMPLE = SAMPLE_TEXT;

/** The same plan with every object's keys in reverse order, as another tool might write it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('plan file', () => {
  it('names itself and its version in an envelope', () => {
    const file = JSON.parse(makeFileText());
    expect(Object.keys(file)).toEqual(['type', 'version', 'appVersion', 'exportedAt', 'plan']);
    expect(file).toMatchObject({
      type: FILE_TYPE,
      version: FORMAT_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2022-06-15T09:00:00.000Z',
    });
  });

  it('round-trips: export then import gives an equal plan', () => {
    const plan = makePlan();
    const result = parsePlanText(makeFileText(plan));
    expect(result.ok && result.plan).toEqual(plan);
  });

  it('writes the same bytes for the same plan whatever the key order in memory', () => {
    const plan = makePlan();
    const shuffled = reverseKeys(plan) as Plan;
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(plan)[0]);
    expect(makeFileText(shuffled)).toBe(makeFileText(plan));
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const text = makeFileText();
    expect(text).toMatch(/^\{\n {2}"type": "tiekartta-plan",\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses to write a plan the schema rejects', () => {
    expect(() => serializePlanFile(makePlan({ asOf: '2022-02-30' }), FIXED_META)).toThrow();
  });
});

describe('the sample plan fixture', () => {
  const result = parsePlanText(SAMPLE);
  const plan = result.ok ? result.plan : undefined;

  it('is a valid plan file', () => {
    expect(result.ok ? [] : result.error).toEqual([]);
  });

  it('holds the Keski-Suomi roadmap of DOMAIN.md: lanes, rows, kesätauko, go-live, track, principles', () => {
    expect(plan?.organisation).toBe('Keski-Suomen hyvinvointialue');
    expect(plan?.lanes.map((lane) => lane.name)).toEqual([
      'Hallinnolliset tehtävät',
      'TORI',
      'TOSI',
      'ICT-infra',
      'ICT-infran järjestelmät',
      'Koko ohjelma',
    ]);
    expect(plan?.lanes.flatMap((lane) => lane.rows).length).toBe(16);
    expect(plan?.markers).toContainEqual(
      expect.objectContaining({ type: 'blackout', start: '2022-07-01', end: '2022-07-31' }),
    );
    expect(plan?.markers).toContainEqual(
      expect.objectContaining({ type: 'keyDate', date: '2023-01-01' }),
    );
    expect(plan?.tracks[0]?.checkpoints.map((c) => c.percent)).toEqual([5, 10, 25, 35, 55, 75, 80]);
    expect(plan?.principles).toHaveLength(3);
    expect(plan?.items.find((item) => item.label === 'Sopimusten kartoitus')).toMatchObject({
      type: 'milestone',
      date: '2022-04-01',
    });
  });

  it('is stored in canonical form: exporting it again gives the same bytes', () => {
    expect(plan && serializePlanFile(plan, FIXED_META)).toBe(SAMPLE);
  });
});
