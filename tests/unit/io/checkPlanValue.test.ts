import { describe, expect, it } from 'vitest';
import { checkPlanValue } from '../../../src/io/checkPlanValue';
import { parsePlanValue } from '../../../src/io/parsePlanFile';
import { makeFileValue } from '../../factories/files';
import { makePlan } from '../../factories/plans';

describe('checkPlanValue, what stored records pass at start', () => {
  const valid = makeFileValue(makePlan());
  const bad = [
    ['a blank title', makeFileValue(makePlan({ title: '' }))],
    ['an unknown key', { ...valid, extra: 1 }],
    ['another type', { ...valid, type: 'other' }],
    ['a newer version', { ...valid, version: 7 }],
  ] as const;

  it('accepts the very plan the file reader accepts', () => {
    const checked = checkPlanValue(valid);
    const parsed = parsePlanValue(valid);
    expect(checked.ok && parsed.ok && checked.plan).toEqual(parsed.ok && parsed.plan);
  });

  it.each(bad)('refuses %s, as the file reader does', (_, value) => {
    expect(checkPlanValue(value).ok).toBe(false);
    expect(parsePlanValue(value).ok).toBe(false);
  });

  it('keeps a schema failure unexplained, for the file reader to map', () => {
    const checked = checkPlanValue(bad[0][1]);
    expect(!checked.ok && 'invalid' in checked && checked.invalid.issues.length).toBeGreaterThan(0);
  });
});
