import type { Paper } from '../../layout/printPages';
import type { ChangeLine } from '../../i18n/changeLine';
import { changeSummary, type ComparedWith } from '../../i18n/changeSummary';
import { changeLines, type ChangeInput } from '../../i18n/changeText';
import type { Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/translate';

/**
 * Lines a landscape sheet holds at 10 pt, one line each: the sheet less its 8 mm margins, header,
 * footer and heading, over a row of about 5.5 mm. A line too long for one wraps, and the page
 * still fits: the page is cut at its edge rather than flowing on (print view's `overflow`).
 */
export const LINES_PER_SHEET: Record<Paper, number> = { a4: 28, a3: 42 };

export interface PrintedChanges {
  summary: string;
  pages: ChangeLine[][];
}

/** The change list in lane order, cut into the printed sheets that follow the roadmap's. */
export function printedChanges(
  compared: ChangeInput & ComparedWith,
  paper: Paper,
  t: Translate,
  language: Language,
): PrintedChanges {
  const lines = changeLines(compared, t, language);
  const perSheet = LINES_PER_SHEET[paper];
  const pages: ChangeLine[][] = [];
  for (let i = 0; i < lines.length; i += perSheet) pages.push(lines.slice(i, i + perSheet));
  // A comparison that found nothing still says so on a page of its own.
  if (pages.length === 0) pages.push([]);
  return { summary: changeSummary(lines.length, compared, t, language), pages };
}
