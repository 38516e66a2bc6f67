import type { ComparedDrawing } from '../drawing/comparedDrawing';
import type { FitRequest } from '../drawing/fitDrawing';
import type { Translate } from '../i18n/translate';
import { changeSteps } from '../layout/changeSteps';

/** What a presentation's "Muutokset" step draws: one lane's rows over the months of its changes. */
export interface ChangesPage {
  request: Pick<FitRequest, 'laneIds' | 'heading' | 'frame'> | null;
  status: string;
  count: number;
}

/** The `index`th step through the lanes with changes (clamped), or a notice that there are none. */
export function changesPage(compared: ComparedDrawing, index: number, t: Translate): ChangesPage {
  const steps = changeSteps(compared);
  const step = steps[Math.min(Math.max(0, index), steps.length - 1)];
  if (!step) return { request: null, status: t('present.changesNone'), count: 0 };
  const lane = step.laneName;
  return {
    request: {
      laneIds: [step.laneId],
      frame: step.frame,
      heading:
        step.count === 1
          ? t('present.changesHeadingOne', { lane })
          : t('present.changesHeading', { lane, count: step.count }),
    },
    status: t('present.changesStep', { index: steps.indexOf(step) + 1, count: steps.length, lane }),
    count: steps.length,
  };
}
