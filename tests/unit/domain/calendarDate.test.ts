import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromDayNumber,
  isCalendarDate,
  localCalendarDate,
  toDayNumber,
} from '../../../src/domain/calendarDate';

describe('isCalendarDate', () => {
  it.each([
    ['2022-04-01', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2022-02-30', false],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-4-1', false],
    ['1.4.2022', false],
    ['2022-04-01T00:00:00Z', false],
    ['', false],
  ])('%s is a real calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('day numbers', () => {
  it('round-trip every day across leap years and year ends', () => {
    const first = toDayNumber('2019-12-25');
    for (let day = first; day < first + 1_600; day++)
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
  });

  it.each([
    ['2022-12-31', 1, '2023-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2022-03-27', 1, '2022-03-28'],
    ['2022-10-30', -1, '2022-10-29'],
    ['2022-04-01', 14, '2022-04-15'],
  ])('%s plus %i days is %s, whatever the daylight-saving change', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('reads the wall-clock date of a moment, not its UTC date', () => {
    // 00:30 in Helsinki on 1.4.2022 is still 31.3.2022 in UTC.
    expect(localCalendarDate(new Date('2022-03-31T21:30:00Z'))).toBe('2022-04-01');
  });
});

describe('toDayNumber', () => {
  it('agrees with the Date arithmetic on days from 1.1.1800 to 31.12.9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1800, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (moment) => {
          const iso = moment.toISOString().slice(0, 10);
          const expected = Math.floor(moment.getTime() / 86_400_000);
          expect(toDayNumber(iso)).toBe(expected);
          expect(fromDayNumber(toDayNumber(iso))).toBe(iso);
        },
      ),
      { seed: 1900, numRuns: 5000 },
    );
  });
});
