import '../domain/partCommands';
import type { z } from 'zod/mini';
import { newId } from '../domain/ids';
import { LANE_COLORS } from '../domain/laneColors';
import { COUNT_MAX } from '../domain/limits';
import {
  idSchema,
  itemSchema,
  laneSchema,
  markerSchema,
  rowSchema,
  trackSchema,
  type Item,
  type Lane,
  type Marker,
  type Plan,
  type Row,
  type Track,
} from '../domain/planSchema';
import type { SheetImportCommand } from '../domain/sheetImportCommand';
import { toPlanIssues } from '../io/planIssues';
import type { SheetField } from './fields';
import { laneKindOf } from './laneKind';
import type { DeclaredLane } from './laneSheet';
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
  label: string;
  line: number;
}

export interface MergeResult {
  command: SheetImportCommand;
  added: MergedThing[];
  updated: MergedThing[];
  unchanged: MergedThing[];
  /** Lane names the import makes. */
  newLanes: string[];
  skipped: SheetIssue[];
}

const key = (text: string) => text.trim().toLocaleLowerCase('fi');

/** What a thing is in the plan and in a sheet, compared for "left alone", whatever the key order. */
export const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([x], [y]) => (x < y ? -1 : 1))
          .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
          .join(',')}}`
      : JSON.stringify(value);

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
  /** A new id no other thing of the plan has (the random ones always; a test's counter too). */
  const makeId = (prefix: string): string => {
    let id = newIdOf(prefix);
    while (things.has(id) || otherIds.has(id) || usedIds.has(id) || made.has(id))
      id = newIdOf(prefix);
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
  const lanes = new Map(
    plan.lanes.map((lane) => [
      key(lane.name),
      { lane, rows: new Map(lane.rows.map((r) => [key(r.name), r])) },
    ]),
  );
  const newLanes = new Map<string, Lane>();
  const rowLane = new Map<string, string>();
  for (const lane of plan.lanes) for (const row of lane.rows) rowLane.set(row.id, lane.id);
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

  type LaneEntry = { lane: Lane; rows: Map<string, Row> };
  /** The lane of a name, made (if allowed) in the kind and colour given or its name's. */
  const laneFor = (
    at: Where,
    laneName: string,
    style?: Pick<Lane, 'kind' | 'color'>,
  ): LaneEntry | null => {
    const entry = lanes.get(key(laneName));
    if (entry) return entry;
    if (!options.createLanes) {
      skip(at, 'lane', 'laneUnknown', laneName);
      return null;
    }
    if (lanes.size >= COUNT_MAX.lanes) {
      skip(at, 'lane', 'tooMany', laneName, { max: COUNT_MAX.lanes });
      return null;
    }
    const kind = style?.kind ?? laneKindOf(laneName);
    const lane: Lane = {
      id: makeId('lane'),
      name: laneName,
      kind,
      color: style?.color ?? LANE_COLORS[kind],
      collapsed: false,
      rows: [],
    };
    if (!checked(at, laneSchema, lane, skip, { name: 'lane' })) return null;
    newLanes.set(lane.id, lane);
    const made = { lane, rows: new Map<string, Row>() };
    lanes.set(key(laneName), made);
    return made;
  };
  /** The row of a name in a lane, made at the lane's end when it has none. */
  const rowFor = (at: Where, entry: LaneEntry, rowName: string): Row | null => {
    const found = entry.rows.get(key(rowName));
    if (found) return found;
    if (entry.rows.size >= COUNT_MAX.rowsPerLane) {
      skip(at, 'row', 'tooMany', rowName, { max: COUNT_MAX.rowsPerLane });
      return null;
    }
    const made: Row = { id: makeId('row'), name: rowName };
    if (!checked(at, rowSchema, made, skip, { name: 'row' })) return null;
    entry.rows.set(key(rowName), made);
    const newLane = newLanes.get(entry.lane.id);
    if (newLane) newLane.rows.push(made);
    else result.command.rows.push({ laneId: entry.lane.id, row: made });
    rowLane.set(made.id, entry.lane.id);
    return made;
  };
  /** The row id for a sheet row's lane and row name, making the lane and the row as needed. */
  const placeOf = (row: SheetRow): string | null => {
    const laneName = row.lane || options.defaultLane;
    const entry = laneFor(row, laneName);
    return entry ? (rowFor(row, entry, row.row || laneName)?.id ?? null) : null;
  };
  // The lanes sheet comes first: its lanes in its order, in their kinds and colours, with every
  // row, empty ones too; an existing lane keeps its own kind and colour.
  const declared = new Set<string>();
  for (const lane of options.lanes ?? []) {
    const entry = laneFor(lane, lane.name, lane);
    if (!entry) continue;
    declared.add(entry.lane.id);
    for (const row of lane.rows) rowFor({ sheet: lane.sheet, line: row.line }, entry, row.name);
  }

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
      if (otherIds.has(row.id)) {
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
  result.command.lanes = [...newLanes.values()].filter(
    (lane) => lane.rows.length > 0 || declared.has(lane.id),
  );
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

/** The item a row says, over what the plan had: a field without a column stays as it was. */
function itemOf(row: SheetRow, rowId: string, before: Item | undefined, id: string): Item {
  // Everything the sheet does not say stays as it was, fields added to items later included.
  const kept: Record<string, unknown> = {};
  if (before)
    for (const [field, value] of Object.entries(before))
      if (!SET_BY_ROW.has(field) && !row.mapped.has(field as SheetField) && value !== undefined)
        kept[field] = value;
  const status = row.status ?? before?.status ?? 'planned';
  const tail = { status, ...kept, ...pick(row, ['owner', 'notes', 'link']) };
  return row.kind === 'phase'
    ? {
        id,
        type: 'phase',
        rowId,
        label: row.label,
        start: row.start as string,
        end: row.end as string,
        ...tail,
      }
    : { id, type: 'milestone', rowId, label: row.label, date: row.date as string, ...tail };
}

/** The fields a row always sets; owner, notes and link only when the sheet has their column. */
const SET_BY_ROW = new Set(['id', 'type', 'rowId', 'label', 'date', 'start', 'end', 'status']);

function pick(row: SheetRow, fields: readonly ('owner' | 'notes' | 'link')[]) {
  const out: Record<string, string> = {};
  for (const field of fields) if (row[field] !== undefined) out[field] = row[field] as string;
  return out;
}

/** Where a thing comes from: a sheet and its row number. */
type Where = { sheet: string; line: number };

type Skip = (
  row: Where,
  field: SheetField | undefined,
  problem: SheetIssue['problem'],
  value: string,
  params?: SheetIssue['params'],
) => void;

const FIELD_OF_PATH: Record<string, SheetField> = {
  label: 'label',
  date: 'date',
  start: 'start',
  end: 'end',
  status: 'status',
  owner: 'owner',
  notes: 'notes',
  link: 'link',
  id: 'id',
  checkpoints: 'percent',
  rowId: 'row',
};

/** The schema's word on one thing; its first issue skips the row, located at the field's column. */
function checked(
  row: Where,
  schema: z.ZodMiniType,
  value: object,
  skip: Skip,
  fields: Record<string, SheetField> = FIELD_OF_PATH,
): boolean {
  const parsed = schema.safeParse(value);
  if (parsed.success) return true;
  const first = parsed.error.issues[0];
  const [issue] = toPlanIssues(first ? [first] : [], value);
  const name = String(first?.path[0] ?? '');
  const field = fields[name];
  const shown = (value as Record<string, unknown>)[name];
  skip(
    row,
    field,
    issue?.problem ?? 'invalid',
    typeof shown === 'string' ? shown : '',
    issue?.params,
  );
  return false;
}
