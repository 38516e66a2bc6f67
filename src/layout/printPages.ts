import { addDays, addMonths, type CalendarDate } from '../domain/calendarDate';
import type { Frame } from './presentationFrame';

export type Paper = 'a4' | 'a3';
export type PrintLayout = 'fit' | 'split';

/** Landscape sheets in mm. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
};

/** Months on one page when splitting by time: what stays readable on the sheet. */
const MONTHS_PER_PAGE: Record<Paper, number> = { a4: 4, a3: 6 };

/** The period on each page: the whole range, or whole-month slices of it. */
export function printPages(range: Frame, paper: Paper, layout: PrintLayout): Frame[] {
  if (layout === 'fit') return [range];
  const pages: Frame[] = [];
  for (
    let start: CalendarDate = `${range.start.slice(0, 7)}-01`;
    start <= range.end;
    start = addMonths(start, MONTHS_PER_PAGE[paper])
  ) {
    const end = addDays(addMonths(start, MONTHS_PER_PAGE[paper]), -1);
    pages.push({
      start: start < range.start ? range.start : start,
      end: end > range.end ? range.end : end,
    });
  }
  return pages;
}

/**
 * Lanes packed in order into pages no taller than `maxHeight` (px); a lane taller than a page
 * gets a page of its own. Returns the lane ids of each page.
 */
export function groupLanes(
  lanes: readonly { id: string; height: number }[],
  maxHeight: number,
): string[][] {
  const pages: string[][] = [];
  let used = Infinity;
  for (const lane of lanes) {
    if (used + lane.height > maxHeight) {
      pages.push([]);
      used = 0;
    }
    (pages.at(-1) as string[]).push(lane.id);
    used += lane.height;
  }
  return pages;
}
