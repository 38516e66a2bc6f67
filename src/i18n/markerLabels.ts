import { fundingSums } from '../domain/funding/fundingSums';
import type { Plan } from '../domain/planSchema';
import { formatDate } from './formatDate';
import { formatMillions } from './formatMoney';
import type { Language } from './languages';
import type { Translate } from './translate';

/** The text of one header marker label, at a date; layout gives it its place. */
export interface MarkerText {
  key: string;
  /** Where the label's line is drawn (a blackout's first day). */
  date: string;
  text: string;
  kind: string;
  /** Shown only when `date` lies in the drawn window (today's label). */
  onlyInWindow?: boolean;
}

/**
 * The texts of the header labels: the plan's markers, the funding's sum where it was placed
 * ("Täydentävät rahoitushaut 23,4 + X M€", as the table adds up now), the as-of date and today.
 */
export function markerTexts(
  plan: Pick<Plan, 'markers' | 'asOf' | 'funding'>,
  today: string,
  language: Language,
  t: Translate,
): MarkerText[] {
  const date = (d: string) => formatDate(d, language);
  const texts: MarkerText[] = plan.markers.map((m) =>
    m.type === 'blackout'
      ? { key: m.id, date: m.start, text: m.label, kind: m.type }
      : { key: m.id, date: m.date, text: `${m.label} ${date(m.date)}`, kind: m.type },
  );
  const summary = plan.funding?.summary;
  if (summary) {
    const sums = fundingSums(plan.funding);
    const amount = formatMillions(sums.total, sums.openApplications > 0);
    texts.push({
      key: 'funding',
      date: summary.date,
      text: `${summary.label} ${amount}`,
      kind: 'funding',
    });
  }
  texts.push({
    key: 'asOf',
    date: plan.asOf,
    text: t('timeline.asOf', { date: date(plan.asOf) }),
    kind: 'asOf',
  });
  texts.push({
    key: 'today',
    date: today,
    text: t('timeline.today'),
    kind: 'today',
    onlyInWindow: true,
  });
  return texts;
}
