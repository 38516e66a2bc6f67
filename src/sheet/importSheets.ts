import type { CalendarDate } from '../domain/calendarDate';
import type { Plan } from '../domain/planSchema';
import { mergeSteps, type MergeOptions, type MergeResult } from './mergeRows';
import { readRows, type MappedSheet, type SheetRow } from './readRows';
import type { SheetIssue } from './sheetIssue';
import { readLaneSheet, type DeclaredLane } from './laneSheet';
import type { PartSheet } from './partSheets';

export interface SheetImport extends MergeResult {
  /** Rows that will be imported (as new or as updates, or that match and change nothing). */
  importedRows: number;
  blankRows: number;
}

/** Rows read between pauses: reading is cheaper than merging, so more of them. */
const READ_SLICE_ROWS = 1000;

/**
 * Reads every mapped sheet and matches its rows against the plan, in slices with `pause()`
 * between them so a 5,000-row sheet never holds the page for long; `progress` gets 0…1.
 */
export async function importSheets(
  plan: Plan,
  sheets: readonly MappedSheet[],
  options: MergeOptions & {
    reference: CalendarDate;
    /** The lanes', risks' and funding's sheets (partOf), read as what they are. */
    parts?: readonly PartSheet[];
  },
  pause: () => Promise<void> = async () => {},
  progress: (done: number) => void = () => {},
): Promise<SheetImport> {
  const total = sheets.reduce((n, s) => n + s.grid.rows.length, 0) * 2 || 1;
  let done = 0;
  const rows: SheetRow[] = [];
  const skipped: SheetIssue[] = [];
  let blankRows = 0;
  for (const sheet of sheets) {
    for (let from = 0; from < sheet.grid.rows.length; from += READ_SLICE_ROWS) {
      const read = readRows(sheet, options.reference, from, from + READ_SLICE_ROWS);
      rows.push(...read.rows);
      skipped.push(...withColumns(read.skipped, sheet));
      blankRows += read.blank;
      done += Math.min(READ_SLICE_ROWS, sheet.grid.rows.length - from);
      progress(done / total);
      await pause();
    }
  }
  const lanes: DeclaredLane[] = [];
  let partRows = 0;
  for (const part of options.parts ?? []) {
    if (part.kind !== 'lanes') continue;
    const read = readLaneSheet(part as PartSheet<'lanes'>);
    lanes.push(...read.lanes);
    skipped.push(...read.skipped);
    partRows += read.rows;
  }
  const steps = mergeSteps(plan, rows, { ...options, lanes });
  const half = done;
  let step = steps.next();
  while (!step.done) {
    progress((half + (step.value / (rows.length || 1)) * (total - half)) / total);
    await pause();
    step = steps.next();
  }
  const merged = step.value;
  const bySheet = new Map(sheets.map((s) => [s.grid.name, s]));
  const mergeSkipped = merged.skipped.map((issue) => {
    const sheet = bySheet.get(issue.sheet);
    return sheet ? (withColumns([issue], sheet)[0] as SheetIssue) : issue;
  });
  const allSkipped = [...skipped, ...mergeSkipped].sort((a, b) =>
    a.sheet === b.sheet
      ? a.line - b.line
      : sheets.findIndex((s) => s.grid.name === a.sheet) -
        sheets.findIndex((s) => s.grid.name === b.sheet),
  );
  progress(1);
  return {
    ...merged,
    skipped: allSkipped,
    importedRows: rows.length + partRows - merged.skipped.length,
    blankRows,
  };
}

function withColumns(issues: readonly SheetIssue[], sheet: MappedSheet): SheetIssue[] {
  return issues.map((issue) =>
    issue.column === undefined && issue.field && sheet.mapping[issue.field] !== undefined
      ? { ...issue, column: sheet.mapping[issue.field] }
      : issue,
  );
}
