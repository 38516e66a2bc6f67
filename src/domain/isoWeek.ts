import { toDayNumber, type CalendarDate } from './calendarDate';

const MS_PER_DAY = 86_400_000;

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOfDay(day: number): { year: number; week: number } {
  const thursday = day - weekdayOfDay(day) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - toDayNumber(`${year}-01-01`)) / 7) + 1;
  return { year, week };
}

export const isoWeek = (date: CalendarDate) => isoWeekOfDay(toDayNumber(date));
