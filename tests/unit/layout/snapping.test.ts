import { describe, expect, it } from 'vitest';
import { shiftDate } from '../../../src/domain/shift';
import { snapShift, snapUnit } from '../../../src/layout/snapping';
import { ZOOM_PRESETS } from '../../../src/layout/zoom';

describe('snapping', () => {
  it.each([
    [ZOOM_PRESETS.weeks, 'day'],
    [ZOOM_PRESETS.months, 'week'],
    [ZOOM_PRESETS.quarters, 'month'],
    [ZOOM_PRESETS.years, 'month'],
  ])('at %d px/day snaps to %s', (px, unit) => {
    expect(snapUnit(px)).toBe(unit);
  });

  it.each([
    ['week zoom, 3.4 days', 3.4 * 20, 20, false, { amount: 3, unit: 'day' }],
    ['week zoom, backwards', -41, 20, false, { amount: -2, unit: 'day' }],
    ['month zoom, two weeks', 14 * 4 + 5, 4, false, { amount: 14, unit: 'day' }],
    ['month zoom, under half a week stays put', 13, 4, false, { amount: 0, unit: 'day' }],
    ['month zoom with Alt: single days', 13, 4, true, { amount: 3, unit: 'day' }],
    ['quarter zoom, a month and a half', 46 * 1.4, 1.4, false, { amount: 2, unit: 'month' }],
    ['year zoom, three months back', -92 * 0.45, 0.45, false, { amount: -3, unit: 'month' }],
  ] as const)('%s', (_name, dx, px, free, shift) => {
    expect(snapShift(dx, px, free)).toEqual(shift);
  });

  it('moves a date by exactly what the shift says, in every zone (dates are calendar dates)', () => {
    expect(shiftDate('2022-03-20', snapShift(14 * 4, 4))).toBe('2022-04-03');
    expect(shiftDate('2022-10-24', snapShift(7 * 4, 4))).toBe('2022-10-31');
  });
});
