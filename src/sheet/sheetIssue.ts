import type { Problem } from '../io/planIssues';
import type { SheetField } from './fields';

/** Why a row of a sheet is not imported, besides the plan schema's own problems. */
export const SHEET_PROBLEMS = [
  'dateInvalid',
  'dateOutOfRange',
  'dateMissing',
  'statusUnknown',
  'kindUnknown',
  'percentInvalid',
  'labelMissing',
  'laneMissing',
  'laneUnknown',
  'idRepeated',
  'idTaken',
  'checkpointRepeated',
  'summaryRepeated',
  'riskNumberTaken',
  'summaryWithoutFunding',
  'choiceUnknown',
  'numberInvalid',
] as const;
export type SheetProblem = (typeof SHEET_PROBLEMS)[number];

/** One skipped row: where (1-based sheet row, 0-based column), what it held and what is wrong. */
export interface SheetIssue {
  sheet: string;
  /** The row number the spreadsheet shows, 1 for its first row. */
  line: number;
  column?: number;
  field?: SheetField;
  /** The cell as the sheet shows it, cut to 80 characters. */
  value?: string;
  problem: SheetProblem | Problem;
  params?: Record<string, string | number>;
}

/** Excel's name of a 0-based column: 0 → A, 27 → AB. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
