import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendarDate';
import { trackMark } from '../../../src/drawing/trackMark';
import { DEFAULT_THEME } from '../../../src/drawing/theme';
import { SCREEN_METRICS as m } from '../../../src/layout/metrics';
import { estimateTextWidth } from '../../../src/layout/textWidth';
import { createTimeScale } from '../../../src/layout/timeScale';

const PERCENTS = [5, 10, 25, 35, 50, 75, 80];
const track = (daysApart: number) =>
  PERCENTS.map((percent, i) => ({ date: addDays('2022-01-03', i * daysApart), percent }));
const mark = (daysApart: number, pxPerDay: number) =>
  trackMark(
    'Päätelaitteet siirretty',
    track(daysApart),
    createTimeScale('2022-01-01', '2026-12-31', pxPerDay),
    100,
    '#cc79a7',
    DEFAULT_THEME,
    m,
  );
/** The x-extents of the values drawn, left to right. */
const boxes = (drawn: ReturnType<typeof mark>) =>
  drawn.points.flatMap(({ value }) =>
    value
      ? [
          {
            x0: Number(value.attrs.x),
            x1: Number(value.attrs.x) + estimateTextWidth(String(value.text), m.trackFontPx),
            text: value.text,
          },
        ]
      : [],
  );

describe('a track’s checkpoint values', () => {
  it.each([
    [7, 0.3],
    [14, 0.5],
    [30, 1],
  ])(
    'never overlap, checkpoints %i days apart at %f px a day, and the last is shown',
    (days, px) => {
      const shown = boxes(mark(days, px));
      for (let i = 1; i < shown.length; i++)
        expect(shown[i]!.x0, `${shown[i - 1]!.text} / ${shown[i]!.text}`).toBeGreaterThanOrEqual(
          shown[i - 1]!.x1,
        );
      expect(shown.at(-1)?.text).toBe('80 %');
      expect(shown.length).toBeLessThan(PERCENTS.length);
    },
  );

  it('are all shown where there is room', () => {
    expect(boxes(mark(60, 4)).map((box) => box.text)).toEqual(PERCENTS.map((p) => `${p} %`));
  });
});
