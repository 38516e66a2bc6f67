import { fromDayNumber, toDayNumber } from '../domain/calendarDate';
import { finnishHolidays, type HolidayKey } from './finnishHolidays';
import { weekdayOfDay } from '../domain/isoWeek';
import type { TimeScale } from './timeScale';

export interface ShadedDay {
  day: number;
  x: number;
  width: number;
  holiday: HolidayKey | null;
}

/** Weekends and Finnish holidays among the visible days; drawn only at week zoom. */
export function shadedDays(scale: TimeScale, fromDay: number, toDay: number): ShadedDay[] {
  const first = Math.max(scale.startDay, fromDay);
  const last = Math.min(scale.endDay, toDay);
  const holidays = new Map<number, HolidayKey>();
  const firstYear = Number(fromDayNumber(first).slice(0, 4));
  const lastYear = Number(fromDayNumber(last).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    for (const h of finnishHolidays(year)) holidays.set(toDayNumber(h.date), h.key);
  }
  const shaded: ShadedDay[] = [];
  for (let day = first; day <= last; day++) {
    const holiday = holidays.get(day) ?? null;
    if (holiday || weekdayOfDay(day) >= 5)
      shaded.push({ day, x: scale.xOfDay(day), width: scale.pxPerDay, holiday });
  }
  return shaded;
}
