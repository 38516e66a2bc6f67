import type { Plan } from '../domain/planSchema';
import { formatDate } from '../i18n/formatDate';
import type { Language } from '../i18n/languages';
import type { Translate } from '../i18n/translate';
import { metricsAt, type Metrics } from '../layout/metrics';
import { fundingTableMarks } from './fundingTableMarks';
import type { RoadmapDrawing } from './roadmapDrawing';
import { riskMatrixMarks } from './riskMatrixMarks';
import { shape, type Shape } from './shape';
import type { Theme } from './theme';
import { titleBlockMark } from './titleBlockMark';

/** The pages that follow the roadmap's in a meeting: the risk matrix and the money. */
export type PartSlideKind = 'risks' | 'funding';

export interface PartSlideRequest {
  plan: Plan;
  t: Translate;
  language: Language;
  theme: Theme;
  /** Leaves the title block out: a printed sheet has a header of its own. */
  titleBlock?: boolean;
  /**
   * The smallest type the page may use, in its own px (12 unless told): a screen that shows the
   * page smaller than it is drawn asks for more, so that it reads at 12 px there.
   */
  minFontPx?: number;
}

/** The part slides a plan has: risks when it has any, funding when it has a table. */
export function partSlideKinds(plan: Plan): PartSlideKind[] {
  const kinds: PartSlideKind[] = [];
  if (plan.risks?.length) kinds.push('risks');
  if (plan.funding?.entries.length) kinds.push('funding');
  return kinds;
}

/** What a part's body needs: where it may draw, at which type scale. */
export interface PartBox {
  x: number;
  y: number;
  width: number;
  height: number;
  m: Metrics;
  /** The body's type never goes under this. */
  minFontPx: number;
}

/**
 * One page of `kind` at `size` (a 16:9 slide, a screen's shape, a sheet): the title block, then
 * the part filling the rest, its type scaled with the page (18 px text on a 1920 px slide).
 */
export function partSlide(
  kind: PartSlideKind,
  request: PartSlideRequest,
  size: { width: number; height: number },
): RoadmapDrawing {
  const { plan, t, language, theme } = request;
  const m = metricsAt(Math.max(0.8, Math.min(2, size.width / 1400)));
  const heading = t(kind === 'risks' ? 'risks.heading' : 'funding.heading');
  const title =
    request.titleBlock === false
      ? { shapes: [], height: 0 }
      : titleBlockMark(
          {
            title: heading,
            subtitle: [plan.title, `${t('plan.asOf')} ${formatDate(plan.asOf, language)}`].join(
              ' · ',
            ),
            classification: t(`classification.${plan.classification}`).toUpperCase(),
          },
          size.width,
          theme,
          m,
        );
  const pad = 24 * m.k;
  const box: PartBox = {
    x: pad,
    y: title.height + pad,
    width: size.width - 2 * pad,
    height: size.height - title.height - 2 * pad,
    m,
    minFontPx: request.minFontPx ?? 12,
  };
  const body =
    kind === 'risks' ? riskMatrixMarks(plan, box, request) : fundingTableMarks(plan, box, request);
  const paper: Shape = shape('rect', {
    x: 0,
    y: 0,
    width: size.width,
    height: size.height,
    fill: theme.paper,
  });
  return {
    width: size.width,
    height: size.height,
    shapes: [paper, ...title.shapes, ...body],
    lanes: [],
    rowCount: 0,
    metrics: m,
  };
}

/**
 * The part's page at a screen's shape, drawn 1920 px wide as presentation shows it: its type at
 * least 12 px on that screen.
 */
export function partPageOnScreen(
  kind: PartSlideKind,
  request: PartSlideRequest,
  screenWidth: number,
  screenHeight: number,
): RoadmapDrawing {
  const width = 1920;
  const scale = width / Math.max(1, screenWidth);
  return partSlide(
    kind,
    { ...request, minFontPx: 12 * scale },
    { width, height: screenHeight * scale },
  );
}
