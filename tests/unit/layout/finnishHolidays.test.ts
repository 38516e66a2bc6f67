import { describe, expect, it } from 'vitest';
import { easterSunday, finnishHolidays } from '../../../src/layout/finnishHolidays';

const byKey = (year: number) =>
  Object.fromEntries(finnishHolidays(year).map((h) => [h.key, h.date]));

describe('Finnish holidays', () => {
  it.each([
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    [
      2022,
      {
        goodFriday: '2022-04-15',
        easterMonday: '2022-04-18',
        ascension: '2022-05-26',
        pentecost: '2022-06-05',
        midsummerEve: '2022-06-24',
        midsummerDay: '2022-06-25',
        allSaints: '2022-11-05',
      },
    ],
    [
      2023,
      {
        goodFriday: '2023-04-07',
        easterMonday: '2023-04-10',
        ascension: '2023-05-18',
        pentecost: '2023-05-28',
        midsummerEve: '2023-06-23',
        midsummerDay: '2023-06-24',
        allSaints: '2023-11-04',
      },
    ],
    [
      2024,
      {
        goodFriday: '2024-03-29',
        easterMonday: '2024-04-01',
        ascension: '2024-05-09',
        pentecost: '2024-05-19',
        midsummerEve: '2024-06-21',
        midsummerDay: '2024-06-22',
        allSaints: '2024-11-02',
      },
    ],
    [
      2026,
      {
        goodFriday: '2026-04-03',
        easterMonday: '2026-04-06',
        ascension: '2026-05-14',
        pentecost: '2026-05-24',
        midsummerEve: '2026-06-19',
        midsummerDay: '2026-06-20',
        allSaints: '2026-10-31',
      },
    ],
  ])('the moving feasts of %i', (year, expected) => {
    expect(byKey(year)).toMatchObject(expected);
  });

  it('has the fixed holidays every year, in date order', () => {
    const dates = finnishHolidays(2025).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(byKey(2025)).toMatchObject({
      newYear: '2025-01-01',
      epiphany: '2025-01-06',
      mayDay: '2025-05-01',
      independenceDay: '2025-12-06',
      christmasEve: '2025-12-24',
      christmasDay: '2025-12-25',
      stStephensDay: '2025-12-26',
    });
    expect(dates).toHaveLength(15);
  });
});
