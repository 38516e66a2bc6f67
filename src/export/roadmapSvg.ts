import { roadmapDrawing, type DrawingRequest, type LaneExtent } from '../drawing/roadmapDrawing';
import { DEFAULT_THEME } from '../drawing/theme';
import { NO_HYPHENATION } from '../layout/hyphenation';
import { SCREEN_METRICS } from '../layout/metrics';
import { svgDocument } from './svgDocument';

export { PLAN_METADATA_NS } from './svgDocument';

/** A picture's width in px when nothing else decides it: a page of a document, a wide screen. */
export const PICTURE_WIDTH = 1920;

export type RoadmapSvgOptions = Pick<DrawingRequest, 'plan' | 'language' | 't'> &
  Partial<Omit<DrawingRequest, 'plan' | 'language' | 't'>> & {
    /** A plan file to carry inside the picture, so importing the picture opens the plan. */
    embed?: string;
  };

/** The plan's window (or the frame asked for) drawn to the width asked for, as an SVG file. */
export function roadmapSvg(options: RoadmapSvgOptions): {
  svg: string;
  width: number;
  height: number;
  lanes: LaneExtent[];
} {
  const theme = options.theme ?? DEFAULT_THEME;
  const drawing = roadmapDrawing({
    theme,
    metrics: SCREEN_METRICS,
    hyphenate: NO_HYPHENATION,
    frame: options.plan.window,
    width: PICTURE_WIDTH,
    titleBlock: true,
    ...options,
  });
  const { plan, t } = options;
  const svg = svgDocument(drawing, {
    title: `${plan.title} – ${t(`classification.${plan.classification}`)}`,
    fontFamily: theme.fontFamily,
    embed: options.embed,
  });
  return { svg, width: drawing.width, height: drawing.height, lanes: drawing.lanes };
}
