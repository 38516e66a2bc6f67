import dayjs from 'dayjs';
import 'dayjs/locale/fi.js';
import 'dayjs/locale/sv.js';
import type { Language } from './languages';

/** A calendar date as the users write it: 1.4.2022 (fi, sv), 1 Apr 2022 (en). */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  if (language === 'en') return dayjs(date).locale('en').format('D MMM YYYY');
  return `${d}.${m}.${y}`;
}

/** A wall-clock time: 14.32 in Finnish and Swedish, 14:32 in English. */
export function formatTime(moment: Date, language: Language): string {
  return dayjs(moment).format(language === 'en' ? 'HH:mm' : 'H.mm');
}

/** A moment with its local date and time: 20.11.2026 14.32. */
export function formatMoment(moment: Date, language: Language): string {
  return `${formatDate(dayjs(moment).format('YYYY-MM-DD'), language)} ${formatTime(moment, language)}`;
}

/** A saved-at moment: the time alone today, the date and time otherwise. */
export function formatSavedAt(moment: Date, language: Language, now = new Date()): string {
  if (dayjs(moment).isSame(now, 'day')) return formatTime(moment, language);
  return formatMoment(moment, language);
}
