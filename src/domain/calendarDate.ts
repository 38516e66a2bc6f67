/**
 * Calendar dates are `YYYY-MM-DD` strings. Arithmetic goes through UTC day numbers so that
 * 1.4.2022 is 1.4.2022 in every time zone.
 */
export type CalendarDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 (UTC); a stable integer key for a calendar date. */
export function toDayNumber(date: CalendarDate): number {
  // The layout converts every item's dates on a first draw: digits, not split() and Date.UTC().
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45)
    return daysFromCivil(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Howard Hinnant's days_from_civil: the proleptic Gregorian day number, 1970-01-01 = 0. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The calendar date of a moment as seen on the user's wall clock. */
export function localCalendarDate(moment: Date): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The same day `months` later; a day past the target month's end becomes its last day (31.1 + 1 → 28.2). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}
