import type { Plan } from '../domain/planSchema';
import type { PartSlideKind } from '../drawing/partSlide';
import { formatDate } from '../i18n/formatDate';
import type { Language } from '../i18n/languages';
import type { Translate } from '../i18n/translate';
import type { Frame } from '../layout/presentationFrame';
import type { ChangesPage } from './changesPage';

export interface StatusInput {
  part: PartSlideKind | null;
  changes: ChangesPage | null;
  stepBy: 'lane' | 'period' | 'changes';
  /** The lane in focus, or -1 for all. */
  focus: number;
  plan: Plan;
  frame: Frame;
}

/** What presentation's status line says of the page on screen: "Kaista 3/6: TOSI", "Riskit". */
export function presentationStatus(input: StatusInput, t: Translate, language: Language): string {
  const { part, changes, stepBy, focus, plan, frame } = input;
  if (part) return t(part === 'risks' ? 'risks.heading' : 'funding.heading');
  if (changes) return changes.status;
  if (stepBy === 'period')
    return t('present.period', {
      start: formatDate(frame.start || plan.asOf, language),
      end: formatDate(frame.end || plan.asOf, language),
    });
  const lane = plan.lanes[focus];
  return lane
    ? t('present.laneOf', { index: focus + 1, count: plan.lanes.length, name: lane.name })
    : t('present.all');
}
