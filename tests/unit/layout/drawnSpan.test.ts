import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/calendarDate';
import { drawnSpan, drawnSpanAt, drawUnit } from '../../../src/layout/drawnSpan';
import { createTimeScale } from '../../../src/layout/timeScale';
import { MAX_PX_PER_DAY, ZOOM_PRESETS, ZOOM_STEP } from '../../../src/layout/zoom';

const day = toDayNumber;
const DAYS_ZOOM = ZOOM_PRESETS.weeks * ZOOM_STEP;

describe('the unit a drawn phase snaps to', () => {
  it.each([
    [MAX_PX_PER_DAY, 'day'],
    [DAYS_ZOOM, 'day'],
    [ZOOM_PRESETS.weeks, 'week'],
    [ZOOM_PRESETS.months, 'month'],
    [ZOOM_PRESETS.quarters, 'month'],
    [ZOOM_PRESETS.years, 'month'],
  ] as const)('at %d px/day: %s', (px, unit) => {
    expect(drawUnit(px)).toBe(unit);
  });
});

describe('a phase drawn by drag', () => {
  it.each([
    // name, pointer-down day, pointer-up day, px/day, start, end
    [
      'days zoom: the days pressed and released',
      '2022-03-02',
      '2022-03-09',
      DAYS_ZOOM,
      '2022-03-02',
      '2022-03-09',
    ],
    ['days zoom: one day', '2022-03-02', '2022-03-02', DAYS_ZOOM, '2022-03-02', '2022-03-02'],
    [
      'weeks zoom: Wednesday to Tuesday is Monday to Sunday',
      '2022-03-02',
      '2022-03-15',
      ZOOM_PRESETS.weeks,
      '2022-02-28',
      '2022-03-20',
    ],
    [
      'weeks zoom: from a Monday to a Sunday stays',
      '2022-02-28',
      '2022-03-20',
      ZOOM_PRESETS.weeks,
      '2022-02-28',
      '2022-03-20',
    ],
    [
      'weeks zoom: a Sunday is the end of its week',
      '2022-03-06',
      '2022-03-06',
      ZOOM_PRESETS.weeks,
      '2022-02-28',
      '2022-03-06',
    ],
    [
      'weeks zoom: ISO week 52 of 2022 into week 1 of 2023',
      '2022-12-28',
      '2023-01-03',
      ZOOM_PRESETS.weeks,
      '2022-12-26',
      '2023-01-08',
    ],
    [
      'weeks zoom: week 1 of 2021 begins in 2020',
      '2021-01-01',
      '2021-01-01',
      ZOOM_PRESETS.weeks,
      '2020-12-28',
      '2021-01-03',
    ],
    [
      'months zoom: 1.1.–31.12. is the year',
      '2022-01-01',
      '2022-12-31',
      ZOOM_PRESETS.months,
      '2022-01-01',
      '2022-12-31',
    ],
    [
      'months zoom: mid-month to mid-month',
      '2022-03-15',
      '2022-05-10',
      ZOOM_PRESETS.months,
      '2022-03-01',
      '2022-05-31',
    ],
    [
      'months zoom: February of a leap year',
      '2024-02-10',
      '2024-02-20',
      ZOOM_PRESETS.months,
      '2024-02-01',
      '2024-02-29',
    ],
    [
      'months zoom: February of a common year',
      '2023-02-28',
      '2023-02-28',
      ZOOM_PRESETS.months,
      '2023-02-01',
      '2023-02-28',
    ],
    [
      'months zoom: across the turn of the year',
      '2022-11-20',
      '2023-01-05',
      ZOOM_PRESETS.months,
      '2022-11-01',
      '2023-01-31',
    ],
    [
      'quarters zoom snaps to months',
      '2022-02-14',
      '2022-08-03',
      ZOOM_PRESETS.quarters,
      '2022-02-01',
      '2022-08-31',
    ],
    [
      'years zoom snaps to months',
      '2022-01-01',
      '2023-12-31',
      ZOOM_PRESETS.years,
      '2022-01-01',
      '2023-12-31',
    ],
    [
      'right to left at the days zoom',
      '2022-03-09',
      '2022-03-02',
      DAYS_ZOOM,
      '2022-03-02',
      '2022-03-09',
    ],
    [
      'right to left at the weeks zoom',
      '2023-01-03',
      '2022-12-28',
      ZOOM_PRESETS.weeks,
      '2022-12-26',
      '2023-01-08',
    ],
    [
      'right to left at the months zoom',
      '2022-12-31',
      '2022-01-01',
      ZOOM_PRESETS.months,
      '2022-01-01',
      '2022-12-31',
    ],
    [
      'right to left at the years zoom',
      '2023-02-02',
      '2022-10-30',
      ZOOM_PRESETS.years,
      '2022-10-01',
      '2023-02-28',
    ],
  ] as const)('%s', (_name, down, up, px, start, end) => {
    expect(drawnSpan(day(down), day(up), px)).toEqual({ start, end });
  });
});

describe('a phase drawn by drag, in px', () => {
  it('covers whole months from the month pressed to the month released, either way', () => {
    const scale = createTimeScale('2021-11-01', '2023-02-15', ZOOM_PRESETS.months);
    const expected = {
      start: '2022-03-01',
      end: '2022-04-30',
      x: scale.x('2022-03-01'),
      width: 61 * ZOOM_PRESETS.months,
    };
    const [from, to] = [scale.x('2022-03-17') + 2, scale.x('2022-04-02') + 1];
    expect(drawnSpanAt(from, to, scale)).toEqual(expected);
    expect(drawnSpanAt(to, from, scale)).toEqual(expected);
  });
});
