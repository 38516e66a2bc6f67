import { PAPER_MM, type Paper } from '../layout/printPages';
import type { FitRequest } from './fitDrawing';
import type { RoadmapDrawing } from './roadmapDrawing';
import { splitByLanes } from './splitByLanes';

export type PrintLayout = 'legible' | 'fit';

/** CSS px per mm: the print view lays sheets out at 96 px an inch, as browsers print. */
export const PX_PER_MM = 96 / 25.4;
export const MARGIN_MM = 8;
/** Header, footer and the gap above the picture on a sheet, in mm. */
export const HEADER_FOOTER_MM = 19;
/** The smallest text on a sheet (11 px at type scale 1) stays at 7 pt: 7 / 0.75 px. */
const LEGIBLE_K = 7 / 0.75 / 11;
const LARGEST_K = 1.6;
/** "Whole plan on one sheet" shrinks as far as needed, down to a floor that still draws. */
const FIT_K = 0.2;

/** The picture area of a landscape sheet, in CSS px. */
export function sheetArea(paper: Paper): { width: number; height: number } {
  const sheet = PAPER_MM[paper];
  return {
    width: (sheet.width - 2 * MARGIN_MM) * PX_PER_MM,
    height: (sheet.height - 2 * MARGIN_MM - HEADER_FOOTER_MM) * PX_PER_MM,
  };
}

/**
 * The pictures of a printout, one per sheet: the whole plan on one sheet while its text stays at
 * 7 pt or more, otherwise lanes over the fewest sheets that keep it so, each filling its sheet;
 * a lane too tall for a sheet is split between its rows rather than shrunk onto one.
 * The sheet's own header carries the title, so the pictures leave theirs out.
 */
export function printSheets(
  request: Omit<FitRequest, 'titleBlock'>,
  paper: Paper,
  layout: PrintLayout,
): RoadmapDrawing[] {
  const area = sheetArea(paper);
  const minK = layout === 'fit' ? FIT_K : LEGIBLE_K;
  return splitByLanes({ ...request, titleBlock: false }, { ...area, minK, maxK: LARGEST_K }, true);
}
