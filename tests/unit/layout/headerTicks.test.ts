import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/calendarDate';
import { headerKind, headerRows, type TickLabels } from '../../../src/layout/headerTicks';
import { createTimeScale } from '../../../src/layout/timeScale';

const LABELS: TickLabels = {
  monthShort: [
    'tammi',
    'helmi',
    'maalis',
    'huhti',
    'touko',
    'kesä',
    'heinä',
    'elo',
    'syys',
    'loka',
    'marras',
    'joulu',
  ],
  week: (n) => `vk ${n}`,
  quarter: (n) => `Q${n}`,
};

function rows(start: string, end: string, px: number) {
  const scale = createTimeScale(start, end, px);
  return headerRows(scale, scale.startDay, scale.endDay, LABELS);
}

describe('headerRows', () => {
  it.each([
    [20, 'monthWeek'],
    [4, 'yearMonth'],
    [1.4, 'yearQuarter'],
    [0.3, 'year'],
  ])('at %d px/day shows %s', (px, kind) => {
    expect(headerKind(px)).toBe(kind);
  });

  it('labels months with Finnish names under their year', () => {
    const [years, months] = rows('2022-01-01', '2022-12-31', 4);
    expect(years.map((t) => t.label)).toEqual(['2022']);
    expect(months.map((t) => t.label)).toEqual(LABELS.monthShort);
    expect(months[1]).toMatchObject({ x: 31 * 4, width: 28 * 4 });
  });

  it('numbers weeks across the turn of 2020–2021 (week 53) and starts them on Monday', () => {
    const [, weeks] = rows('2020-12-21', '2021-01-17', 20);
    expect(weeks.map((t) => t.label)).toEqual(['vk 52', 'vk 53', 'vk 1', 'vk 2']);
    expect(weeks.map((t) => t.x / 20)).toEqual([0, 7, 14, 21]);
  });

  it.each([
    ['2021-12-20', '2022-01-09', ['vk 51', 'vk 52', 'vk 1']],
    ['2026-12-21', '2027-01-10', ['vk 52', 'vk 53', 'vk 1']],
  ])('numbers the weeks from %s to %s', (start, end, labels) => {
    expect(rows(start, end, 20)[1].map((t) => t.label)).toEqual(labels);
  });

  it('clips a week that began before the range to the range', () => {
    const [, weeks] = rows('2022-06-08', '2022-06-30', 20);
    expect(weeks[0]).toMatchObject({ label: 'vk 23', x: 0, width: 5 * 20 });
  });

  it('labels quarters at quarter zoom', () => {
    expect(rows('2022-01-01', '2022-12-31', 1.4)[1].map((t) => t.label)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
    ]);
  });

  it('returns only ticks that meet the visible days', () => {
    const scale = createTimeScale('2022-01-01', '2022-12-31', 4);
    const [, months] = headerRows(
      scale,
      toDayNumber('2022-05-10'),
      toDayNumber('2022-07-02'),
      LABELS,
    );
    expect(months.map((t) => t.label)).toEqual(['touko', 'kesä', 'heinä']);
  });
});
