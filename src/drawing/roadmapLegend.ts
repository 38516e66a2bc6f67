import { brokenDependencies } from '../domain/dependencies/brokenDependencies';
import { STATUSES, type Plan } from '../domain/planSchema';
import { STATUS_GLYPHS } from '../i18n/itemText';
import type { Translate } from '../i18n/translate';
import { againstName, comparedLegend } from './comparedDrawing';
import { legendMark } from './legendMark';
import type { DrawingRequest } from './roadmapDrawing';

/** A plan with links explains its arrows, and the warning style when one is broken. */
function linkLegend(plan: Plan, t: Translate) {
  if (!plan.dependencies.length) return [];
  const broken = brokenDependencies(plan.dependencies, plan.items).length > 0;
  return [
    { glyph: '→', text: t('deps.legendLink') },
    ...(broken ? [{ glyph: '⇢', text: t('deps.legendBroken') }] : []),
  ];
}

/** The key under a picture: statuses, milestones, breaks, links, a comparison, shortened markers. */
export function legendOf(request: DrawingRequest, shortened: { text: string }[], width: number) {
  const { t } = request;
  const entries = [
    ...STATUSES.map((status) => ({
      glyph: STATUS_GLYPHS[status] || '▭',
      text: t(`status.${status}`),
    })),
    { glyph: '◆', text: t('itemType.milestone') },
    { glyph: '▨', text: t('marker.blackout') },
    ...linkLegend(request.plan, t),
    ...(request.compared
      ? comparedLegend(againstName(request.compared, t, request.language), t)
      : []),
    ...shortened.map((marker) => ({ glyph: '|', text: marker.text })),
  ];
  return legendMark(`${t('timeline.legend')}:`, entries, width, request.theme, request.metrics);
}
