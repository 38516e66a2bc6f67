import { localCalendarDate } from '../domain/calendarDate';
import type { Language } from './languages';

const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as the users write it: 1.4.2022 (fi, sv), 1 Apr 2022 (en). */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (language !== 'en') return `${d}.${m}.${y}`;
  // Through Date, so a day past the month's end reads as the day it rolls over to.
  const day = new Date(y, m - 1, d);
  return `${day.getDate()} ${MONTHS_EN[day.getMonth()]} ${day.getFullYear()}`;
}

/** A wall-clock time: 14.32 in Finnish and Swedish, 14:32 in English. */
export function formatTime(moment: Date, language: Language): string {
  const minutes = pad(moment.getMinutes());
  const hours = moment.getHours();
  return language === 'en' ? `${pad(hours)}:${minutes}` : `${hours}.${minutes}`;
}

/** A moment with its local date and time: 20.11.2026 14.32. */
export function formatMoment(moment: Date, language: Language): string {
  return `${formatDate(localCalendarDate(moment), language)} ${formatTime(moment, language)}`;
}

/** A saved-at moment: the time alone today, the date and time otherwise. */
export function formatSavedAt(moment: Date, language: Language, now = new Date()): string {
  if (localCalendarDate(moment) === localCalendarDate(now)) return formatTime(moment, language);
  return formatMoment(moment, language);
}
