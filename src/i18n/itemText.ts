import type { Item, Status } from '../domain/planSchema';
import { isoWeek } from '../domain/isoWeek';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

/** Status shown by a glyph as well as by style, so it never relies on colour alone. */
export const STATUS_GLYPHS: Record<Status, string> = {
  planned: '',
  inProgress: '▶',
  done: '✓',
  atRisk: '!',
  late: '‼',
  tentative: '?',
};

export function itemDates(item: Item, language: Language, t: Translate): string {
  if (item.type === 'milestone') return formatDate(item.date, language);
  return t('item.dates', {
    start: formatDate(item.start, language),
    end: formatDate(item.end, language),
  });
}

export function itemWeeks(item: Item, t: Translate): string {
  if (item.type === 'milestone') return t('item.week', { week: isoWeek(item.date).week });
  const from = isoWeek(item.start);
  const to = isoWeek(item.end);
  if (from.year === to.year) return t('item.weeks', { from: from.week, to: to.week });
  // Across a year end the bare numbers mislead ("vk 26–12" reads as going backwards): each end
  // names its ISO week-year, the way the axis does.
  return t('item.weeksAcrossYears', {
    from: t('axis.weekOf', from),
    to: t('axis.weekOf', to),
  });
}

/** The text drawn on the timeline: status glyph, label and, for a milestone, its date. */
export function itemCaption(item: Item, language: Language): string {
  const glyph = STATUS_GLYPHS[item.status];
  const tentativeMark = item.status === 'tentative' && item.label.trim().endsWith('?');
  const prefix = glyph && !tentativeMark ? `${glyph} ` : '';
  const date = item.type === 'milestone' ? ` ${formatDate(item.date, language)}` : '';
  return `${prefix}${item.label}${date}`;
}

/** What a screen reader says: "TOSI, Asiakas- ja potilastietojärjestelmät: Testaus, 1.9.2022–30.9.2022, käynnissä". */
export function itemAccessibleName(
  item: Item,
  lane: string,
  row: string,
  language: Language,
  t: Translate,
): string {
  return t('item.name', {
    lane,
    row,
    label: item.label,
    dates: itemDates(item, language, t),
    status: t(`status.${item.status}`),
  });
}
