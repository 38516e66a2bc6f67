import { fromDayNumber, toDayNumber, type CalendarDate } from '../domain/calendarDate';
import { weekdayOfDay } from '../domain/isoWeek';

export type HolidayKey =
  | 'newYear'
  | 'epiphany'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'mayDay'
  | 'ascension'
  | 'pentecost'
  | 'midsummerEve'
  | 'midsummerDay'
  | 'allSaints'
  | 'independenceDay'
  | 'christmasEve'
  | 'christmasDay'
  | 'stStephensDay';

export interface Holiday {
  date: CalendarDate;
  key: HolidayKey;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of `weekday` (Monday = 0) on or after a date. */
function firstWeekdayFrom(date: CalendarDate, weekday: number): number {
  const day = toDayNumber(date);
  return day + ((weekday - weekdayOfDay(day) + 7) % 7);
}

/** Finland's public holidays and the de facto days off (juhannusaatto, jouluaatto) of a year. */
export function finnishHolidays(year: number): Holiday[] {
  const easter = toDayNumber(easterSunday(year));
  const midsummerDay = firstWeekdayFrom(`${year}-06-20`, 5);
  const days: [number, HolidayKey][] = [
    [toDayNumber(`${year}-01-01`), 'newYear'],
    [toDayNumber(`${year}-01-06`), 'epiphany'],
    [easter - 2, 'goodFriday'],
    [easter, 'easterSunday'],
    [easter + 1, 'easterMonday'],
    [toDayNumber(`${year}-05-01`), 'mayDay'],
    [easter + 39, 'ascension'],
    [easter + 49, 'pentecost'],
    [midsummerDay - 1, 'midsummerEve'],
    [midsummerDay, 'midsummerDay'],
    [firstWeekdayFrom(`${year}-10-31`, 5), 'allSaints'],
    [toDayNumber(`${year}-12-06`), 'independenceDay'],
    [toDayNumber(`${year}-12-24`), 'christmasEve'],
    [toDayNumber(`${year}-12-25`), 'christmasDay'],
    [toDayNumber(`${year}-12-26`), 'stStephensDay'],
  ];
  return days.sort((x, y) => x[0] - y[0]).map(([day, key]) => ({ date: fromDayNumber(day), key }));
}
