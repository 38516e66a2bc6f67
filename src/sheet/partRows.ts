import type { z } from 'zod/mini';
import { toPlanIssues } from '../io/planIssues';
import { cellText, type Cell } from './grid';
import type { PartColumn, PartKind, PartSheet } from './partSheets';
import type { SheetIssue } from './sheetIssue';

/** A whole number or a decimal in either notation, spaces and a euro sign allowed; else null. */
export function readNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell).replace(/[\s\u00a0€]/g, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

export interface PartRead<T> {
  things: T[];
  skipped: SheetIssue[];
  rows: number;
}

/** A part's row as one thing, checked with its schema; a row that fails is skipped with the reason. */
export function checkedPart<K extends PartKind>(
  sheet: PartSheet<K>,
  line: number,
  schema: z.ZodMiniType,
  value: object,
  columnOf: (path: string) => PartColumn<K> | undefined,
  skipped: SheetIssue[],
): boolean {
  const parsed = schema.safeParse(value);
  if (parsed.success) return true;
  const first = parsed.error.issues[0];
  const [issue] = toPlanIssues(first ? [first] : [], value);
  const path = String(first?.path[0] ?? '');
  const column = columnOf(path);
  const shown = (value as Record<string, unknown>)[path];
  skipped.push({
    sheet: sheet.grid.name,
    line,
    ...(column !== undefined && sheet.columns[column] !== undefined
      ? { column: sheet.columns[column] }
      : {}),
    value: typeof shown === 'string' || typeof shown === 'number' ? String(shown).slice(0, 80) : '',
    problem: issue?.problem ?? 'invalid',
    ...(issue?.params ? { params: issue.params } : {}),
  });
  return false;
}

/** A cell of a row that holds none of its column's words, or no number: the row is skipped. */
export function skipCell<K extends PartKind>(
  sheet: PartSheet<K>,
  line: number,
  column: PartColumn<K>,
  cell: Cell,
  problem: SheetIssue['problem'],
  skipped: SheetIssue[],
): void {
  skipped.push({
    sheet: sheet.grid.name,
    line,
    column: sheet.columns[column],
    value: cellText(cell).slice(0, 80),
    problem,
  });
}

/** A row whose id an earlier row of the sheet has: skipped, naming that row. */
export function skipRepeated<K extends PartKind>(
  sheet: PartSheet<K>,
  line: number,
  id: string,
  earlier: number,
  skipped: SheetIssue[],
): void {
  skipped.push({
    sheet: sheet.grid.name,
    line,
    column: sheet.columns['id' as PartColumn<K>],
    value: id,
    problem: 'idRepeated',
    params: { line: earlier },
  });
}
