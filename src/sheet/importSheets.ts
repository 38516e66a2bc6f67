import type { CalendarDate } from '../domain/calendarDate';
import type { Plan } from '../domain/planSchema';
import { newId } from '../domain/ids';
import { upsert, type SheetImportCommand } from '../domain/sheetImportCommand';
import { mergeSteps, type MergedThing, type MergeOptions, type MergeResult } from './mergeRows';
import { readFundingSheet } from './fundingSheet';
import { same } from './sameThing';
import { readRiskSheet } from './riskSheet';
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
  const located = (issue: SheetIssue) => {
    const sheet = bySheet.get(issue.sheet);
    return sheet ? (withColumns([issue], sheet)[0] as SheetIssue) : issue;
  };
  const mergeSkipped = merged.skipped.map(located);
  const allSkipped = [...skipped, ...mergeSkipped].sort((a, b) =>
    a.sheet === b.sheet
      ? a.line - b.line
      : sheets.findIndex((s) => s.grid.name === a.sheet) -
        sheets.findIndex((s) => s.grid.name === b.sheet),
  );
  const parts = readParts(plan, merged, options, allSkipped);
  const unplaced = placeSummary(plan, merged, parts);
  if (unplaced) allSkipped.push(located(unplaced));
  progress(1);
  return {
    ...merged,
    command: { ...merged.command, ...parts.command },
    added: [...merged.added, ...parts.added],
    updated: [...merged.updated, ...parts.updated],
    unchanged: [...merged.unchanged, ...parts.unchanged],
    skipped: allSkipped,
    importedRows: rows.length + partRows + parts.rows - merged.skipped.length,
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

/** What the risk and funding sheets add to the command and the preview's lists. */
interface PartsRead {
  command: Pick<SheetImportCommand, 'risks' | 'funding'>;
  added: MergedThing[];
  updated: MergedThing[];
  unchanged: MergedThing[];
  rows: number;
}

/**
 * The risk and funding sheets, read after the items so that their links can be kept to items the
 * plan will have: a link to any other id is dropped. Each risk, category and decision replaces
 * the plan's of its id, or is added.
 */
function readParts(
  plan: Plan,
  merged: MergeResult,
  options: MergeOptions & { reference: CalendarDate; parts?: readonly PartSheet[] },
  skipped: SheetIssue[],
) {
  const taken = new Set<string>([
    ...plan.lanes.flatMap((l) => [l.id, ...l.rows.map((r) => r.id)]),
    ...[...plan.items, ...plan.tracks, ...plan.markers, ...plan.dependencies].map((t) => t.id),
    ...merged.command.lanes.flatMap((l) => [l.id, ...l.rows.map((r) => r.id)]),
    ...merged.command.rows.map((r) => r.row.id),
    ...[...merged.command.items, ...merged.command.tracks, ...merged.command.markers].map(
      (t) => t.id,
    ),
    ...(plan.risks ?? []).map((r) => r.id),
    ...(plan.funding?.categories ?? []).map((c) => c.id),
    ...(plan.funding?.entries ?? []).map((e) => e.id),
  ]);
  const newIdOf = options.newId ?? newId;
  const makeId = (prefix: string) => {
    let id = newIdOf(prefix);
    while (taken.has(id)) id = newIdOf(prefix);
    taken.add(id);
    return id;
  };
  const items = new Set([...plan.items, ...merged.command.items].map((item) => item.id));
  const linked = <T extends { itemIds?: string[] }>(thing: T): T => {
    const kept = thing.itemIds?.filter((id) => items.has(id));
    const { itemIds: _, ...rest } = thing;
    return (kept?.length ? { ...rest, itemIds: kept } : rest) as T;
  };
  const out: PartsRead = { command: {}, added: [], updated: [], unchanged: [], rows: 0 };
  const record = <T extends { id: string }>(
    kind: MergedThing['kind'],
    before: readonly T[] | undefined,
    thing: T,
    label: string,
    date?: CalendarDate,
  ) => {
    const old = before?.find((b) => b.id === thing.id);
    const entry = { kind, id: thing.id, label, line: 0, ...(date ? { date } : {}) };
    (old ? (same(old, thing) ? out.unchanged : out.updated) : out.added).push(entry);
  };
  for (const part of options.parts ?? []) {
    if (part.kind === 'risks') {
      const held = upsert(plan.risks ?? [], out.command.risks ?? []);
      const read = readRiskSheet(part as PartSheet<'risks'>, makeId, held);
      const risks = read.things.map(linked);
      for (const risk of risks) record('risk', plan.risks, risk, risk.title);
      out.command.risks = [...(out.command.risks ?? []), ...risks];
      skipped.push(...read.skipped);
      out.rows += read.rows;
    } else if (part.kind === 'funding') {
      const read = readFundingSheet(part as PartSheet<'funding'>, options.reference, makeId);
      const entries = read.entries.map(linked);
      for (const entry of entries)
        record(
          'funding',
          plan.funding?.entries,
          entry,
          entry.label ?? entry.reference ?? '',
          entry.date,
        );
      const earlier = out.command.funding;
      out.command.funding = {
        categories: [...(earlier?.categories ?? []), ...read.categories],
        entries: [...(earlier?.entries ?? []), ...entries],
      };
      skipped.push(...read.skipped);
      out.rows += read.rows;
    }
  }
  return out;
}

/**
 * The funding sum goes with the table it adds up, the plan's or the one the sheets bring; without
 * either its row is skipped, and returned.
 */
function placeSummary(plan: Plan, merged: MergeResult, out: PartsRead): SheetIssue | undefined {
  if (!merged.summary) return;
  const { summary, at } = merged.summary;
  if (!plan.funding && !out.command.funding) {
    out.rows--; // the items' rows counted it as imported
    return { ...at, field: 'type', value: summary.label, problem: 'summaryWithoutFunding' };
  }
  const before = plan.funding?.summary;
  // No id has a colon: the preview keys it apart from the decisions.
  const entry = { kind: 'funding' as const, id: ':summary', label: summary.label, line: at.line };
  (before ? (same(before, summary) ? out.unchanged : out.updated) : out.added).push(entry);
  out.command.funding = {
    ...(out.command.funding ?? { categories: [], entries: [] }),
    summary,
  };
}
