import type { CalendarDate } from './calendarDate';

/**
 * The calendar the app works in: 1.1.1900 to 31.12.2200, both days included. Generous for any
 * roadmap (and for history), and well inside what Date, d3-time and four-digit years handle, so
 * every plan the schema accepts can be laid out, drawn and exported. Dates outside it are refused
 * in files, in the editors and as the result of a command.
 */
export const MIN_DATE: CalendarDate = '1900-01-01';
export const MAX_DATE: CalendarDate = '2200-12-31';

/** True for a `YYYY-MM-DD` date inside the range; compares as text, so it never throws. */
export const isDateInRange = (date: CalendarDate): boolean => date >= MIN_DATE && date <= MAX_DATE;
