import type { Plan } from '../domain/planSchema';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';
import type { TimeScale } from '../layout/timeScale';

/** A label in the header's marker row, at `x` body px. */
export interface MarkerLabel {
  key: string;
  x: number;
  text: string;
  kind: string;
  /** Room up to the next label, in px; a longer text is cut with an ellipsis (full text on hover). */
  width: number;
}

const LABEL_MAX_PX = 240;
const LABEL_MIN_PX = 24;

/** Header labels for the plan's markers, the as-of date and today, left to right. */
export function markerLabels(
  plan: Plan,
  scale: TimeScale,
  today: string,
  language: Language,
  t: Translate,
): MarkerLabel[] {
  const date = (d: string) => formatDate(d, language);
  const labels: Omit<MarkerLabel, 'width'>[] = plan.markers.map((m) =>
    m.type === 'blackout'
      ? { key: m.id, x: scale.x(m.start), text: m.label, kind: m.type }
      : { key: m.id, x: scale.x(m.date), text: `${m.label} ${date(m.date)}`, kind: m.type },
  );
  labels.push({
    key: 'asOf',
    x: scale.x(plan.asOf),
    text: t('timeline.asOf', { date: date(plan.asOf) }),
    kind: 'asOf',
  });
  if (today >= scale.dateAt(0) && today <= scale.dateAt(scale.width - 1)) {
    labels.push({ key: 'today', x: scale.x(today), text: t('timeline.today'), kind: 'today' });
  }
  labels.sort((a, b) => a.x - b.x);
  return labels.map((label, i) => {
    const room = (labels[i + 1]?.x ?? Infinity) - label.x - 2;
    return { ...label, width: Math.max(LABEL_MIN_PX, Math.min(LABEL_MAX_PX, room)) };
  });
}
