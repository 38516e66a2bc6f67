import { utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { dayToUtcDate, utcDateToDay, type TimeScale } from './timeScale';
import { isoWeekOfDay } from '../domain/isoWeek';

export interface HeaderTick {
  key: string;
  x: number;
  width: number;
  label: string;
}

/** Text for tick labels, from the message table of the user's language. */
export interface TickLabels {
  monthShort: readonly string[];
  week: (week: number) => string;
  quarter: (quarter: number) => string;
}

export type HeaderKind = 'monthWeek' | 'yearMonth' | 'yearQuarter' | 'year';

/** Which two rows the header shows, by the px per day of the zoom (at 12 px type; scale it by the type). */
export function headerKind(pxPerDay: number): HeaderKind {
  if (pxPerDay >= 6) return 'monthWeek';
  if (pxPerDay >= 1.8) return 'yearMonth';
  if (pxPerDay >= 0.5) return 'yearQuarter';
  return 'year';
}

const quarter = utcMonth.every(3) as CountableTimeInterval;

/** One tick per interval that meets the visible days, clipped to the scale's range. */
function ticks(
  scale: TimeScale,
  interval: CountableTimeInterval,
  fromDay: number,
  toDay: number,
  label: (day: number) => string,
  key: string,
): HeaderTick[] {
  const start = interval.floor(dayToUtcDate(Math.max(scale.startDay, fromDay)));
  const stop = dayToUtcDate(Math.min(scale.endDay, toDay) + 1);
  return interval.range(start, stop).map((date) => {
    const first = utcDateToDay(date);
    const day = Math.max(scale.startDay, first);
    const next = Math.min(scale.endDay + 1, utcDateToDay(interval.offset(date, 1)));
    return {
      key: `${key}${first}`,
      x: scale.xOfDay(day),
      width: (next - day) * scale.pxPerDay,
      label: label(first),
    };
  });
}

/** The two header rows over the visible days, coarse row first. */
export function headerRows(
  scale: TimeScale,
  fromDay: number,
  toDay: number,
  labels: TickLabels,
  kind: HeaderKind = headerKind(scale.pxPerDay),
): [HeaderTick[], HeaderTick[]] {
  const year = (day: number) => String(dayToUtcDate(day).getUTCFullYear());
  const month = (day: number) => labels.monthShort[dayToUtcDate(day).getUTCMonth()] ?? '';
  const monthYear = (day: number) => `${month(day)} ${year(day)}`;
  const q = (day: number) => labels.quarter(Math.floor(dayToUtcDate(day).getUTCMonth() / 3) + 1);
  const week = (day: number) => labels.week(isoWeekOfDay(day).week);
  const row = (interval: CountableTimeInterval, label: (day: number) => string, key: string) =>
    ticks(scale, interval, fromDay, toDay, label, key);
  switch (kind) {
    case 'monthWeek':
      return [row(utcMonth, monthYear, 'm'), row(utcMonday, week, 'w')];
    case 'yearMonth':
      return [row(utcYear, year, 'y'), row(utcMonth, month, 'm')];
    case 'yearQuarter':
      return [row(utcYear, year, 'y'), row(quarter, q, 'q')];
    case 'year':
      return [row(utcYear, year, 'y'), []];
  }
}
