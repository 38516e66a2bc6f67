import { fromDayNumber, toDayNumber, type CalendarDate } from '../domain/calendarDate';

const MS_PER_DAY = 86_400_000;

/** Calendar dates ↔ pixels. A day is a column `pxPerDay` wide; x(date) is its left edge. */
export interface TimeScale {
  readonly startDay: number;
  readonly endDay: number;
  readonly pxPerDay: number;
  /** Width of the whole range in px. */
  readonly width: number;
  x(date: CalendarDate): number;
  xOfDay(day: number): number;
  /** The day whose column holds pixel x. */
  dayAt(x: number): number;
  dateAt(x: number): CalendarDate;
}

/** A scale over `start` to `end`, both days included. */
export function createTimeScale(
  start: CalendarDate,
  end: CalendarDate,
  pxPerDay: number,
): TimeScale {
  const startDay = toDayNumber(start);
  const endDay = toDayNumber(end);
  const width = (endDay - startDay + 1) * pxPerDay;
  const xOfDay = (day: number) => (day - startDay) * pxPerDay;
  const dayAt = (x: number) => startDay + Math.floor(x / pxPerDay);
  return {
    startDay,
    endDay,
    pxPerDay,
    width,
    xOfDay,
    x: (date) => xOfDay(toDayNumber(date)),
    dayAt,
    dateAt: (x) => fromDayNumber(dayAt(x)),
  };
}

export const dayToUtcDate = (day: number): Date => new Date(day * MS_PER_DAY);
export const utcDateToDay = (date: Date): number => Math.round(date.getTime() / MS_PER_DAY);
