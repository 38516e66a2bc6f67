import type { Plan } from '../domain/planSchema';
import { markerTexts } from '../i18n/markerLabels';
import type { Language } from '../i18n/languages';
import type { Translate } from '../i18n/translate';
import { placeMarkerLabels, type MarkerLabel } from '../layout/markerLabels';
import type { TimeScale } from '../layout/timeScale';

export type { MarkerLabel };

/** Header labels for the plan's markers, the as-of date and today (if in view), left to right. */
export const markerLabels = (
  plan: Pick<Plan, 'markers' | 'asOf' | 'funding'>,
  scale: TimeScale,
  today: string,
  language: Language,
  t: Translate,
): MarkerLabel[] => placeMarkerLabels(markerTexts(plan, today, language, t), scale);
