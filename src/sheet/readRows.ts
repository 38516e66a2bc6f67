import type { CalendarDate } from '../domain/calendarDate';
import type { Status } from '../domain/planSchema';
import { readDateCell, readKind, readPercent, readStatus, type RowKind } from './cellValues';
import type { Mapping, SheetField } from './fields';
import { cellText, isBlankRow, type Cell, type Grid } from './grid';
import type { SheetIssue } from './sheetIssue';

/** A row of a sheet read into the plan's terms, before it is matched against the plan. */
export interface SheetRow {
  sheet: string;
  line: number;
  kind: RowKind | 'checkpoint';
  id?: string;
  lane: string;
  row: string;
  /** The row's id, where the sheet has one: it tells apart two rows or lanes of one name. */
  rowId?: string;
  label: string;
  status?: Status;
  owner?: string;
  notes?: string;
  link?: string;
  date?: CalendarDate;
  start?: CalendarDate;
  end?: CalendarDate;
  percent?: number;
  /** Which of the optional fields the sheet has a column for: a missing column leaves a field as it was. */
  mapped: ReadonlySet<SheetField>;
}

export interface MappedSheet {
  grid: Grid;
  headerRow: number;
  mapping: Mapping;
}

export interface ReadRowsResult {
  rows: SheetRow[];
  skipped: SheetIssue[];
  /** Rows that hold nothing at all, passed over without a word. */
  blank: number;
}

const MAX_SHOWN = 80;

/**
 * Reads the data rows below the header. A lane or row cell left empty takes the one above it, as
 * the tracking sheets write a system's name once over its phases; a merged cell reads so too.
 * The first problem of a row skips it, with the row, column, value and reason.
 */
export function readRows(
  sheet: MappedSheet,
  reference: CalendarDate,
  from = 0,
  to = Infinity,
): ReadRowsResult {
  const { grid, headerRow, mapping } = sheet;
  const mapped = new Set(Object.keys(mapping) as SheetField[]);
  const result: ReadRowsResult = { rows: [], skipped: [], blank: 0 };
  let lane = '';
  let rowName = '';
  const start = Math.max(headerRow + 1, from);
  const end = Math.min(grid.rows.length, to);
  // The carried lane and row need the rows above a slice too.
  for (let r = headerRow + 1; r < start; r++)
    [lane, rowName] = carry(grid.rows[r] ?? [], mapping, lane, rowName);
  for (let r = start; r < end; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells)) {
      result.blank++;
      continue;
    }
    [lane, rowName] = carry(cells, mapping, lane, rowName);
    const read = readRow(cells, mapping, mapped, reference);
    const line = r + 1;
    if ('problem' in read) result.skipped.push({ sheet: grid.name, line, ...read });
    else result.rows.push({ ...read, sheet: grid.name, line, lane, row: rowName || lane, mapped });
  }
  return result;
}

function carry(
  cells: readonly Cell[],
  mapping: Mapping,
  lane: string,
  row: string,
): [string, string] {
  const text = (field: SheetField) =>
    mapping[field] === undefined ? '' : cellText(cells[mapping[field]]).trim();
  const newLane = text('lane');
  if (newLane && newLane !== lane) return [newLane, text('row')];
  return [newLane || lane, text('row') || row];
}

type Read =
  Omit<SheetRow, 'sheet' | 'line' | 'lane' | 'row' | 'mapped'> | Omit<SheetIssue, 'sheet' | 'line'>;

function readRow(
  cells: readonly Cell[],
  mapping: Mapping,
  mapped: ReadonlySet<SheetField>,
  reference: CalendarDate,
): Read {
  const at = (field: SheetField): Cell =>
    mapping[field] === undefined ? null : (cells[mapping[field]] ?? null);
  const text = (field: SheetField) => cellText(at(field)).trim();
  const issue = (
    field: SheetField,
    problem: SheetIssue['problem'],
    params?: SheetIssue['params'],
  ) => ({
    field,
    column: mapping[field],
    value: cellText(at(field)).slice(0, MAX_SHOWN),
    problem,
    ...(params ? { params } : {}),
  });
  const dates: Partial<Record<'date' | 'start' | 'end', CalendarDate>> = {};
  for (const field of ['date', 'start', 'end'] as const) {
    if (text(field) === '' && !(typeof at(field) === 'number')) continue;
    const read = readDateCell(at(field), reference, field === 'end');
    if ('error' in read) return issue(field, read.error);
    dates[field] = read.date;
  }
  const status = readStatus(at('status'));
  if (status === null) return issue('status', 'statusUnknown');
  const percent = readPercent(at('percent'));
  if (percent === null) return issue('percent', 'percentInvalid');
  const stated = readKind(at('type'));
  if (stated === null) return issue('type', 'kindUnknown');
  const label = text('label');
  if (label === '') return issue('label', 'labelMissing');
  const kind = stated ?? inferKind(dates);
  if (!kind)
    return issue(
      mapping.date !== undefined ? 'date' : mapping.end !== undefined ? 'end' : 'start',
      'dateMissing',
    );
  const placed = placeDates(kind, dates);
  if ('missing' in placed) return issue(placed.missing, 'dateMissing');
  const optional = (field: 'owner' | 'notes' | 'link') => {
    const value = field === 'notes' ? cellText(at(field)) : text(field);
    return value.trim() === '' ? undefined : value;
  };
  return {
    kind:
      percent !== undefined && kind === 'milestone' && stated === undefined ? 'checkpoint' : kind,
    ...(text('id') ? { id: text('id') } : {}),
    ...(text('rowId') ? { rowId: text('rowId') } : {}),
    label,
    ...(mapped.has('status') ? { status } : {}),
    ...stripUndefined({
      owner: optional('owner'),
      notes: optional('notes'),
      link: optional('link'),
    }),
    ...placed,
    ...(percent !== undefined ? { percent } : {}),
  };
}

/**
 * One date is a milestone, two a phase; a percent with one date makes a checkpoint of a track (with
 * two, as a task's "valmiusaste" column in a tracking sheet, the row stays a phase).
 */
function inferKind(dates: Partial<Record<'date' | 'start' | 'end', string>>): RowKind | undefined {
  if (dates.start && dates.end) return 'phase';
  if (dates.date ?? dates.start ?? dates.end) return 'milestone';
  return undefined;
}

/** The dates a kind needs, from the columns it may come in; a point's day is any single date. */
function placeDates(
  kind: RowKind,
  dates: Partial<Record<'date' | 'start' | 'end', string>>,
): { date: string } | { start: string; end: string } | { missing: 'date' | 'start' | 'end' } {
  if (kind === 'phase' || kind === 'blackout') {
    if (!dates.start) return { missing: 'start' };
    if (!dates.end) return { missing: 'end' };
    return { start: dates.start, end: dates.end };
  }
  const date = dates.date ?? dates.end ?? dates.start;
  return date ? { date } : { missing: 'date' };
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
