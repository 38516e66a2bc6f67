import { describe, expect, it } from 'vitest';
import { contentRange } from '../../../src/layout/contentRange';
import { shadedDays } from '../../../src/layout/dayShading';
import { createTimeScale } from '../../../src/layout/timeScale';
import { TRACK_INSET_PX, trackShape } from '../../../src/layout/trackShape';
import { toDayNumber } from '../../../src/domain/calendarDate';
import { makeMilestone, makePlan } from '../../factories/plans';

const scale = createTimeScale('2022-01-01', '2022-12-31', 1);

describe('trackShape', () => {
  it('draws a stepped line: each percent holds until the next checkpoint', () => {
    const { path, points } = trackShape(
      [
        { date: '2022-06-01', percent: 0 },
        { date: '2022-07-01', percent: 50 },
        { date: '2022-08-01', percent: 100 },
      ],
      scale,
      100,
      48,
    );
    const [x1, x2, x3] = ['2022-06-01', '2022-07-01', '2022-08-01'].map((d) => scale.x(d));
    expect(points.map((p) => p.y)).toEqual([
      100 + 48 - TRACK_INSET_PX,
      100 + 24,
      100 + TRACK_INSET_PX,
    ]);
    expect(path).toBe(`M${x1},134H${x2}V124H${x3}V114H${(x3 as number) + 14}`);
    expect(points[0]?.until).toBe('2022-07-01');
    expect(points[2]?.until).toBeNull();
  });

  it('draws nothing for a track without checkpoints', () => {
    expect(trackShape([], scale, 0, 48)).toEqual({ path: '', points: [] });
  });
});

describe('contentRange', () => {
  it('widens the window to every date in the plan, with a margin, starting on a 1st', () => {
    const plan = makePlan({ items: [makeMilestone({ date: '2023-03-10' })] });
    expect(contentRange(plan)).toEqual({ start: '2021-11-01', end: '2023-04-24' });
  });
});

describe('shadedDays', () => {
  it('shades weekends and holidays: Easter week 2022', () => {
    const days = shadedDays(scale, toDayNumber('2022-04-11'), toDayNumber('2022-04-24'));
    const dates = days.map((d) => new Date(d.day * 86_400_000).toISOString().slice(0, 10));
    expect(dates).toEqual([
      '2022-04-15',
      '2022-04-16',
      '2022-04-17',
      '2022-04-18',
      '2022-04-23',
      '2022-04-24',
    ]);
    expect(days.map((d) => d.holiday)).toEqual([
      'goodFriday',
      null,
      'easterSunday',
      'easterMonday',
      null,
      null,
    ]);
  });
});
