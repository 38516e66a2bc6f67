import '../domain/partCommands';
import type { CalendarDate } from '../domain/calendarDate';
import { fundingSummarySchema, type FundingSummary } from '../domain/funding/fundingSchema';
import { newId } from '../domain/ids';
import {
  idSchema,
  itemSchema,
  markerSchema,
  trackSchema,
  type Item,
  type Marker,
  type Plan,
  type Track,
} from '../domain/planSchema';
import type { SheetImportCommand } from '../domain/sheetImportCommand';
import { same } from './sameThing';
import type { SheetField } from './fields';
import { checked, type Where } from './checkThing';
import { itemOf } from './itemOfRow';
import type { DeclaredLane } from './laneSheet';
import { key, Places } from './placeRows';
import type { SheetRow } from './readRows';
import type { SheetIssue } from './sheetIssue';

export interface MergeOptions {
  /** A lane the plan lacks is made (a new plan) or its rows are skipped (into an open plan). */
  createLanes: boolean;
  /** The name of the lane for rows of a sheet that has no lane column. */
  defaultLane: string;
  /** Ids for new things; tests pass a counter. */
  newId?: (prefix: string) => string;
  /** The lanes a lanes sheet states, made or filled before the rows are placed. */
  lanes?: readonly DeclaredLane[];
}

/** A thing the import touches, for the preview's lists. */
export interface MergedThing {
  kind: 'item' | 'track' | 'marker' | 'risk' | 'funding';
  id: string;
  /** Its name; empty for a decision without a name or a register number, shown by `date`. */
  label: string;
  line: number;
  date?: CalendarDate;
}

export interface MergeResult {
  command: SheetImportCommand;
  added: MergedThing[];
  updated: MergedThing[];
  unchanged: MergedThing[];
  /** Lane names the import makes. */
  newLanes: string[];
  skipped: SheetIssue[];
  /** The funding sum a marker row of its kind places on the roadmap, and where it was read. */
  summary?: { summary: FundingSummary; at: Where };
}

/**
 * Matches the rows read from sheets against the plan and says, as one command, what to add and
 * what to update: a row with an id updates the thing of that id; one without updates the thing of
 * the same label in the same lane and row (each at most once), or is new. Every thing is checked
 * with the plan schema first; a row that fails is skipped with the schema's reason.
 */
export function mergeRows(
  plan: Plan,
  rows: readonly SheetRow[],
  options: MergeOptions,
): MergeResult {
  const steps = mergeSteps(plan, rows, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows between the pauses of a long merge: a few milliseconds of schema checks. */
export const MERGE_SLICE_ROWS = 250;

/** mergeRows in steps: yields the rows done so far every MERGE_SLICE_ROWS rows, returns the result. */
export function* mergeSteps(
  plan: Plan,
  rows: readonly SheetRow[],
  options: MergeOptions,
): Generator<number, MergeResult> {
  const newIdOf = options.newId ?? newId;
  const made = new Set<string>();
  const taken = (id: string) =>
    things.has(id) || otherIds.has(id) || usedIds.has(id) || made.has(id);
  /** `wanted` or a new id, that no other thing of the plan has (a test's counter's too). */
  const makeId = (prefix: string, wanted?: string): string => {
    let id = wanted;
    while (id === undefined || taken(id)) id = newIdOf(prefix);
    made.add(id);
    return id;
  };
  const result: MergeResult = {
    command: { type: 'sheet/import', lanes: [], rows: [], items: [], tracks: [], markers: [] },
    added: [],
    updated: [],
    unchanged: [],
    newLanes: [],
    skipped: [],
  };
  const otherIds = new Set<string>([
    ...plan.lanes.flatMap((l) => [l.id, ...l.rows.map((r) => r.id)]),
    ...plan.dependencies.map((d) => d.id),
  ]);
  const things = new Map<string, Item | Track | Marker>();
  for (const thing of [...plan.items, ...plan.tracks, ...plan.markers]) things.set(thing.id, thing);
  const usedIds = new Map<string, number>();
  const matched = new Set<string>();
  const byPlace = new Map<string, (Item | Track)[]>();
  for (const thing of [...plan.items, ...plan.tracks]) {
    const k = `${thing.rowId}\u0000${key(thing.label)}`;
    byPlace.set(k, [...(byPlace.get(k) ?? []), thing]);
  }
  const markersByLabel = new Map<string, Marker[]>();
  for (const marker of plan.markers) {
    const k = `${marker.type}\u0000${key(marker.label)}`;
    markersByLabel.set(k, [...(markersByLabel.get(k) ?? []), marker]);
  }
  const skip = (
    row: Where,
    field: SheetField | undefined,
    problem: SheetIssue['problem'],
    value: string,
    params?: SheetIssue['params'],
  ) =>
    result.skipped.push({
      sheet: row.sheet,
      line: row.line,
      field,
      value: value.slice(0, 80),
      problem,
      ...(params ? { params } : {}),
    });

  const places = new Places(plan, options, makeId, skip, result.command.rows);
  const placeOf = (row: SheetRow) => places.placeOf(row);
  places.declare(options.lanes ?? []);

  /** The existing thing a row updates, or undefined for a new one; null when the row must be skipped. */
  const existingFor = (
    row: SheetRow,
    place: string | null,
    kind: 'item' | 'track' | 'marker',
  ): Item | Track | Marker | undefined | null => {
    if (row.id !== undefined) {
      if (!idSchema.safeParse(row.id).success) {
        skip(row, 'id', 'badId', row.id, { value: row.id });
        return null;
      }
      const earlier = usedIds.get(row.id);
      if (earlier !== undefined) {
        skip(row, 'id', 'idRepeated', row.id, { line: earlier });
        return null;
      }
      if (otherIds.has(row.id) || made.has(row.id)) {
        skip(row, 'id', 'idTaken', row.id);
        return null;
      }
      usedIds.set(row.id, row.line);
      const thing = things.get(row.id);
      if (thing && kindOfThing(thing) !== kind) {
        skip(row, 'id', 'idTaken', row.id);
        return null;
      }
      if (thing) matched.add(thing.id);
      return thing;
    }
    const candidates =
      kind === 'marker'
        ? markersByLabel.get(`${row.kind}\u0000${key(row.label)}`)
        : byPlace.get(`${place}\u0000${key(row.label)}`);
    const thing = candidates?.find(
      (c) =>
        !matched.has(c.id) &&
        !usedIds.has(c.id) &&
        (kind !== 'item' || 'type' in c) &&
        (kind !== 'track' || 'checkpoints' in c),
    );
    if (thing) {
      matched.add(thing.id);
      usedIds.set(thing.id, row.line);
    }
    return thing;
  };

  const record = (
    row: SheetRow,
    before: Item | Track | Marker | undefined,
    after: Item | Track | Marker,
    kind: MergedThing['kind'],
  ) => {
    const entry = { kind, id: after.id, label: after.label, line: row.line };
    if (!before) result.added.push(entry);
    else if (same(before, after)) return result.unchanged.push(entry);
    else result.updated.push(entry);
    if (kind === 'item') result.command.items.push(after as Item);
    else if (kind === 'marker') result.command.markers.push(after as Marker);
    else result.command.tracks.push(after as Track);
  };

  const tracks = new Map<
    string,
    { row: SheetRow; before: Track | undefined; track: Track; dates: Map<string, number> }
  >();
  let done = 0;
  for (const row of rows) {
    if (++done % MERGE_SLICE_ROWS === 0) yield done;
    if (row.kind === 'phase' || row.kind === 'milestone') {
      const place = placeOf(row);
      if (!place) continue;
      const before = existingFor(row, place, 'item');
      if (before === null) continue;
      const item = itemOf(
        row,
        place,
        before as Item | undefined,
        row.id ?? before?.id ?? makeId('item'),
      );
      if (checked(row, itemSchema, item, skip)) record(row, before, item, 'item');
    } else if (row.kind === 'checkpoint') {
      const place = placeOf(row);
      if (!place) continue;
      const trackKey = row.id ?? `${place}\u0000${key(row.label)}`;
      let entry = tracks.get(trackKey);
      if (!entry) {
        const before = existingFor(row, place, 'track');
        if (before === null) continue;
        const track: Track = {
          id: row.id ?? before?.id ?? makeId('track'),
          rowId: place,
          label: row.label,
          checkpoints: [],
        };
        entry = { row, before: before as Track | undefined, track, dates: new Map() };
        tracks.set(trackKey, entry);
      }
      const date = row.date as string;
      const earlier = entry.dates.get(date);
      if (earlier !== undefined) {
        skip(row, 'date', 'checkpointRepeated', date, { line: earlier });
        continue;
      }
      entry.dates.set(date, row.line);
      entry.track.checkpoints.push({ date, percent: row.percent as number });
    } else if (row.kind === 'fundingSummary') {
      const summary = { label: row.label, date: row.date as string };
      if (result.summary)
        skip(row, 'type', 'summaryRepeated', row.label, { line: result.summary.at.line });
      else if (checked(row, fundingSummarySchema, summary, skip))
        result.summary = { summary, at: { sheet: row.sheet, line: row.line } };
    } else {
      const before = existingFor(row, null, 'marker');
      if (before === null) continue;
      const id = row.id ?? before?.id ?? makeId('marker');
      const marker: Marker =
        row.kind === 'blackout'
          ? {
              id,
              type: 'blackout',
              label: row.label,
              start: row.start as string,
              end: row.end as string,
            }
          : { id, type: row.kind, label: row.label, date: row.date as string };
      if (checked(row, markerSchema, marker, skip)) record(row, before, marker, 'marker');
    }
  }
  for (const { row, before, track } of tracks.values()) {
    track.checkpoints.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (checked(row, trackSchema, track, skip)) record(row, before, track, 'track');
  }
  result.command.lanes = places.lanesMade();
  result.newLanes = result.command.lanes.map((lane) => lane.name);
  result.skipped.sort((a, b) => (a.sheet === b.sheet ? a.line - b.line : 0));
  return result;
}

const kindOfThing = (thing: Item | Track | Marker): MergedThing['kind'] =>
  'checkpoints' in thing
    ? 'track'
    : thing.type === 'milestone' || thing.type === 'phase'
      ? 'item'
      : 'marker';
