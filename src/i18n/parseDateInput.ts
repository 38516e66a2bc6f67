import {
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  type CalendarDate,
} from '../domain/calendarDate';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../domain/calendarRange';
import { isoWeek, weekdayOfDay } from '../domain/isoWeek';
import type { MessageKey } from './fi';
import { formatDate } from './formatDate';

const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const WEEK = /^(?:vk|v|w|wk|viikko|vecka|week)\.?\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?$/i;

const pad = (n: string | number) => String(n).padStart(2, '0');

/** Monday of ISO week `week` of ISO year `year`, or null if the year has no such week. */
export function isoWeekMonday(year: number, week: number): CalendarDate | null {
  const jan4 = toDayNumber(`${year}-01-04`);
  const monday = jan4 - weekdayOfDay(jan4) + (week - 1) * 7;
  const date = fromDayNumber(monday);
  return week >= 1 && isoWeek(date).week === week && isoWeek(date).year === year ? date : null;
}

/** A typed date read: the date, or why it is not one. */
export type DateInput =
  | { date: CalendarDate; error?: undefined }
  | { date: null; error: 'dateInvalid' | 'dateOutOfRange' };

/** The message an editor shows under a date field that is not a date it can save. */
export const dateInputMessage = (
  error: 'dateInvalid' | 'dateOutOfRange',
): { key: MessageKey; params?: Record<string, string> } =>
  error === 'dateInvalid'
    ? { key: 'editor.dateInvalid' }
    : {
        key: 'editor.dateOutOfRange',
        params: { min: formatDate(MIN_DATE, 'fi'), max: formatDate(MAX_DATE, 'fi') },
      };

/**
 * A date as users type it: 1.4.2022, 1.4. (the reference's year), 2022-04-01, or a week: "vk 23",
 * "vk 23/2022". A week means its Monday, or its Sunday for an end date. A real day outside the
 * app's calendar (calendarRange.ts) is not a date either, with its own reason.
 */
export function readDateInput(text: string, reference: CalendarDate, end = false): DateInput {
  const date = readDate(text.trim(), reference, end);
  if (!date) return { date: null, error: 'dateInvalid' };
  return isDateInRange(date) ? { date } : { date: null, error: 'dateOutOfRange' };
}

/** readDateInput's date, or null when the text is not a date the app can hold. */
export const parseDateInput = (
  text: string,
  reference: CalendarDate,
  end = false,
): CalendarDate | null => readDateInput(text, reference, end).date;

function readDate(value: string, reference: CalendarDate, end: boolean): CalendarDate | null {
  const finnish = FINNISH.exec(value);
  if (finnish) {
    const date = `${finnish[3] ?? reference.slice(0, 4)}-${pad(finnish[2] as string)}-${pad(finnish[1] as string)}`;
    return isCalendarDate(date) ? date : null;
  }
  if (ISO.test(value)) return isCalendarDate(value) ? value : null;
  const week = WEEK.exec(value);
  if (!week) return null;
  const monday = isoWeekMonday(Number(week[2] ?? isoWeek(reference).year), Number(week[1]));
  return monday && end ? fromDayNumber(toDayNumber(monday) + 6) : monday;
}
