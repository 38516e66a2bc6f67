import { MAX_DATE, MIN_DATE } from '../domain/calendarRange';
import {
  SHEET_PROBLEMS,
  columnName,
  type SheetIssue,
  type SheetProblem,
} from '../sheet/sheetIssue';
import type { MessageKey } from './fi';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isSheetProblem = (p: string): p is SheetProblem =>
  (SHEET_PROBLEMS as readonly string[]).includes(p);

/**
 * Why a row is skipped, in the user's words: "Rivi 14, sarake C (Alku): ”31.2.2022” ei ole
 * päivämäärä …". `header` names a column by the sheet's own header text.
 */
export function sheetIssueText(
  issue: SheetIssue,
  t: Translate,
  language: Language,
  header: (column: number) => string = () => '',
  withSheet = false,
): string {
  const where = [
    withSheet
      ? t('sheetIssue.lineSheet', { sheet: issue.sheet, line: issue.line })
      : t('sheetIssue.line', { line: issue.line }),
  ];
  if (issue.column !== undefined)
    where.push(
      t('sheetIssue.column', {
        column: columnName(issue.column),
        header: header(issue.column) || (issue.field ? t(`sheetField.${issue.field}`) : ''),
      }),
    );
  return `${where.join(', ')}: ${sheetProblemText(issue, t, language)}`;
}

/** The reason alone, with the value in front: "”31.2.2022” ei ole päivämäärä …". */
export function sheetProblemText(issue: SheetIssue, t: Translate, language: Language): string {
  const params: Record<string, string | number> = {
    min: formatDate(MIN_DATE, language),
    max: formatDate(MAX_DATE, language),
    ...issue.params,
  };
  // The schema speaks of the item it was given, in ISO dates: shown as the user writes dates.
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'string' && ISO_DATE.test(value))
      params[key] = formatDate(value, language);
  const value =
    issue.value && ISO_DATE.test(issue.value) ? formatDate(issue.value, language) : issue.value;
  const reason = isSheetProblem(issue.problem)
    ? t(`sheetProblem.${issue.problem}`, params)
    : t(`problem.${issue.problem}` as MessageKey, { value: value ?? '', ...params });
  return value ? `${t('sheetIssue.value', { value })} ${reason}` : reason;
}
