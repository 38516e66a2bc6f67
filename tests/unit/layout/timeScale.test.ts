import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../../src/layout/timeScale';
import {
  clampPxPerDay,
  fitPxPerDay,
  MAX_PX_PER_DAY,
  nearestPreset,
  zoomAround,
} from '../../../src/layout/zoom';

describe('createTimeScale', () => {
  const scale = createTimeScale('2022-01-01', '2022-12-31', 4);

  it.each([
    ['2022-01-01', 0],
    ['2022-01-02', 4],
    ['2022-03-27', 85 * 4],
    ['2022-03-28', 86 * 4],
    ['2022-12-31', 364 * 4],
  ])('puts the left edge of %s at %i px, daylight saving or not', (date, x) => {
    expect(scale.x(date)).toBe(x);
  });

  it('covers both end days', () => {
    expect(scale.width).toBe(365 * 4);
  });

  it.each([
    [0, '2022-01-01'],
    [3.9, '2022-01-01'],
    [4, '2022-01-02'],
    [365 * 4 - 1, '2022-12-31'],
  ])('reads the date under %d px as %s', (x, date) => {
    expect(scale.dateAt(x)).toBe(date);
  });

  it('puts every month start at its day count from the range start', () => {
    for (let month = 1; month <= 12; month++) {
      const date = `2022-${String(month).padStart(2, '0')}-01`;
      const days =
        (Date.parse(`${date}T00:00:00Z`) - Date.parse('2022-01-01T00:00:00Z')) / 86_400_000;
      expect(scale.x(date)).toBe(days * 4);
    }
  });
});

describe('zoom', () => {
  it('keeps the day under the pointer in place', () => {
    const anchor = 300;
    const day = (100 + anchor) / 4;
    const next = zoomAround(100, anchor, 4, 8);
    expect((next + anchor) / 8).toBeCloseTo(day, 9);
  });

  it.each([
    [25, 'weeks'],
    [3, 'months'],
    [1.2, 'quarters'],
    [0.3, 'years'],
  ])('calls %d px/day the %s zoom', (px, preset) => {
    expect(nearestPreset(px)).toBe(preset);
  });

  it('fits a year in 1,000 px and clamps extremes', () => {
    expect(fitPxPerDay(365, 1000)).toBeCloseTo(1000 / 365);
    expect(clampPxPerDay(1000)).toBe(MAX_PX_PER_DAY);
  });
});
