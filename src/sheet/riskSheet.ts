import type { z } from 'zod/mini';
import {
  riskSchema,
  type Impact,
  type Probability,
  type Risk,
  type RiskStatus,
} from '../domain/risks/riskSchema';
import { toPlanIssues } from '../io/planIssues';
import { cellText, isBlankRow, type Cell } from './grid';
import {
  idList,
  partCells,
  wordLookup,
  type PartColumn,
  type PartKind,
  type PartSheet,
} from './partSheets';
import type { SheetIssue } from './sheetIssue';

/** The app's words for the scales ("risk.*" messages in its three languages), and the codes. */
const readProbability = wordLookup<Probability>({
  low: ['matala', 'låg'],
  medium: ['kohtalainen', 'måttlig', 'moderate'],
  high: ['korkea', 'hög'],
});
const readImpact = wordLookup<Impact>({
  minor: ['vähäinen', 'liten'],
  moderate: ['kohtalainen', 'måttlig'],
  severe: ['vakava', 'allvarlig'],
});
const readRiskStatus = wordLookup<RiskStatus>({
  open: ['avoin', 'öppen'],
  mitigated: ['lievennetty', 'lindrad'],
  realised: ['toteutunut', 'inträffad'],
  closed: ['suljettu', 'stängd'],
});

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

/**
 * The risk register: a risk a row. An empty id is a new risk, an empty number the next free one,
 * an empty status open; the items are ids of the plan's items, listed in one cell.
 */
export function readRiskSheet(
  sheet: PartSheet<'risks'>,
  makeId: (prefix: string) => string,
): PartRead<Risk> {
  const read: PartRead<Risk> = { things: [], skipped: [], rows: 0 };
  const { grid, headerRow } = sheet;
  const lines = new Map<string, number>();
  let nextNumber = 1;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells)) continue;
    const line = r + 1;
    const { at, text } = partCells(sheet, cells);
    const skip = (column: PartColumn<'risks'>, problem: SheetIssue['problem']) =>
      skipCell(sheet, line, column, at(column), problem, read.skipped);
    const id = text('id');
    if (id && lines.has(id)) {
      read.skipped.push({
        sheet: grid.name,
        line,
        column: sheet.columns.id,
        value: id,
        problem: 'idRepeated',
        params: { line: lines.get(id) as number },
      });
      continue;
    }
    const number = text('number') === '' ? nextNumber : readNumber(at('number'));
    if (number === null) {
      skip('number', 'numberInvalid');
      continue;
    }
    const probability = readProbability(at('probability'));
    if (!probability) {
      skip('probability', 'choiceUnknown');
      continue;
    }
    const impact = readImpact(at('impact'));
    if (!impact) {
      skip('impact', 'choiceUnknown');
      continue;
    }
    const status = text('status') === '' ? 'open' : readRiskStatus(at('status'));
    if (!status) {
      skip('status', 'choiceUnknown');
      continue;
    }
    const items = idList(text('items'));
    const optional = (column: 'description' | 'owner' | 'mitigation') => {
      const value = column === 'owner' ? text(column) : cellText(at(column));
      return value.trim() === '' ? {} : { [column]: value };
    };
    const risk = {
      id: id || makeId('risk'),
      number,
      title: text('title'),
      ...optional('description'),
      probability,
      impact,
      ...optional('owner'),
      ...optional('mitigation'),
      status,
      ...(items.length ? { itemIds: items } : {}),
    } as Risk;
    const columnOf = (path: string) =>
      path === 'itemIds' ? 'items' : (path as PartColumn<'risks'>);
    if (!checkedPart(sheet, line, riskSchema, risk, columnOf, read.skipped)) continue;
    if (id) lines.set(id, line);
    nextNumber = Math.max(nextNumber, number + 1);
    read.things.push(risk);
    read.rows++;
  }
  return read;
}
