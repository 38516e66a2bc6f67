import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../../src/layout/timeScale';
import {
  clampPxPerDay,
  fitPxPerDay,
  MAX_PX_PER_DAY,
  nearestPreset,
  zoomAround,
  NO_PREVIEW,
  zoomPreview,
  type ZoomPreview,
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

describe('zoomPreview', () => {
  const drawn = (p: ZoomPreview, x: number) => p.scale * x + p.shift;

  it('keeps the point under the pointer where it is drawn, step after step', () => {
    let preview = NO_PREVIEW;
    const day = 700; // body x of a day at 4 px per day
    preview = zoomPreview(preview, 1.3, drawn(preview, day), 4);
    expect(drawn(preview, day)).toBeCloseTo(700);
    const other = 300;
    const before = drawn(preview, other);
    preview = zoomPreview(preview, 0.5, before, 4);
    expect(drawn(preview, other)).toBeCloseTo(before);
    expect(preview.scale).toBeCloseTo(0.65);
  });

  it('stops at the zoom limits of the chart laid out', () => {
    const preview = zoomPreview(NO_PREVIEW, 1000, 0, 4);
    expect(4 * preview.scale).toBeCloseTo(MAX_PX_PER_DAY);
    expect(zoomPreview(preview, 2, 0, 4).scale).toBeCloseTo(preview.scale);
  });
});
