import { LANE_COLORS } from '../domain/laneColors';
import { COUNT_MAX } from '../domain/limits';
import { laneSchema, rowSchema, type Lane, type Plan, type Row } from '../domain/planSchema';
import type { SheetImportCommand } from '../domain/sheetImportCommand';
import { checked, type Skip, type Where } from './checkThing';
import { laneKindOf } from './laneKind';
import type { DeclaredLane } from './laneSheet';
import type { SheetRow } from './readRows';

/** Lane and row names are matched without case or the spaces around them. */
export const key = (text: string) => text.trim().toLocaleLowerCase('fi');

type LaneEntry = { lane: Lane; rows: Map<string, Row> };

/** A new id, or `wanted` when no other thing has it yet. */
export type MakeId = (prefix: string, wanted?: string) => string;

/**
 * Where the rows of a sheet go: the lane and row of their names, made as needed (a lane only when
 * `createLanes`), each checked with the plan schema; new rows of existing lanes go to `newRows`.
 */
export class Places {
  /** By name: the first lane of each name (a sheet row without a row id goes there). */
  readonly #lanes: Map<string, LaneEntry>;
  readonly #lanesById = new Map<string, LaneEntry>();
  /** Every row by id, with its lane: a row id in the sheet tells apart rows of one name. */
  readonly #rowsById = new Map<string, { entry: LaneEntry; row: Row }>();
  /** Rows made by this import: a second row of the same name is its own row, not this one. */
  readonly #madeRows = new Set<string>();
  readonly #made = new Map<string, Lane>();
  readonly #declared = new Set<string>();
  readonly #options: { createLanes: boolean; defaultLane: string };
  readonly #makeId: MakeId;
  readonly #skip: Skip;
  readonly #newRows: SheetImportCommand['rows'];

  constructor(
    plan: Plan,
    options: { createLanes: boolean; defaultLane: string },
    makeId: MakeId,
    skip: Skip,
    newRows: SheetImportCommand['rows'],
  ) {
    this.#lanes = new Map();
    for (const lane of plan.lanes) {
      const entry = { lane, rows: new Map(lane.rows.map((r) => [key(r.name), r])) };
      if (!this.#lanes.has(key(lane.name))) this.#lanes.set(key(lane.name), entry);
      this.#lanesById.set(lane.id, entry);
      for (const row of lane.rows) this.#rowsById.set(row.id, { entry, row });
    }
    this.#options = options;
    this.#makeId = makeId;
    this.#skip = skip;
    this.#newRows = newRows;
  }

  /** The lane of a name, made (if allowed) with the id, kind and colour given or its name's. */
  laneFor(
    at: Where,
    laneName: string,
    style?: Pick<Lane, 'kind' | 'color'> & { id?: string },
  ): LaneEntry | null {
    const byId = style?.id === undefined ? undefined : this.#lanesById.get(style.id);
    if (byId) return byId;
    const entry = this.#lanes.get(key(laneName));
    // The lanes sheet may state two lanes of one name: the second is a lane of its own.
    if (entry && !(style?.id !== undefined && this.#declared.has(entry.lane.id))) return entry;
    if (!this.#options.createLanes) {
      this.#skip(at, 'lane', 'laneUnknown', laneName);
      return null;
    }
    if (this.#lanes.size >= COUNT_MAX.lanes) {
      this.#skip(at, 'lane', 'tooMany', laneName, { max: COUNT_MAX.lanes });
      return null;
    }
    const kind = style?.kind ?? laneKindOf(laneName);
    const lane: Lane = {
      id: this.#makeId('lane', style?.id),
      name: laneName,
      kind,
      color: style?.color ?? LANE_COLORS[kind],
      collapsed: false,
      rows: [],
    };
    if (!checked(at, laneSchema, lane, this.#skip, { name: 'lane' })) return null;
    this.#made.set(lane.id, lane);
    const made = { lane, rows: new Map<string, Row>() };
    if (!this.#lanes.has(key(laneName))) this.#lanes.set(key(laneName), made);
    this.#lanesById.set(lane.id, made);
    return made;
  }

  /** The row of a name in a lane, made at the lane's end (with `id` if free) when it has none. */
  rowFor(at: Where, entry: LaneEntry, rowName: string, id?: string): Row | null {
    const byId = id === undefined ? undefined : this.#rowsById.get(id);
    if (byId?.entry === entry) return byId.row;
    const found = entry.rows.get(key(rowName));
    // Two rows of one name that the lanes sheet states (each with its id) stay two rows.
    if (found && !(id !== undefined && this.#madeRows.has(found.id))) return found;
    if (entry.rows.size >= COUNT_MAX.rowsPerLane) {
      this.#skip(at, 'row', 'tooMany', rowName, { max: COUNT_MAX.rowsPerLane });
      return null;
    }
    const made: Row = { id: this.#makeId('row', id), name: rowName };
    if (!checked(at, rowSchema, made, this.#skip, { name: 'row' })) return null;
    if (!entry.rows.has(key(rowName))) entry.rows.set(key(rowName), made);
    this.#rowsById.set(made.id, { entry, row: made });
    this.#madeRows.add(made.id);
    const newLane = this.#made.get(entry.lane.id);
    if (newLane) newLane.rows.push(made);
    else this.#newRows.push({ laneId: entry.lane.id, row: made });
    return made;
  }

  /** The row id for a sheet row's lane and row name, making the lane and the row as needed. */
  placeOf(row: SheetRow): string | null {
    const laneName = row.lane || this.#options.defaultLane;
    const known = row.rowId === undefined ? undefined : this.#rowsById.get(row.rowId);
    if (known && key(known.entry.lane.name) === key(laneName)) return known.row.id;
    const entry = this.laneFor(row, laneName);
    return entry ? (this.rowFor(row, entry, row.row || laneName)?.id ?? null) : null;
  }

  /**
   * The lanes sheet's lanes, before any row is placed: in its order, kinds and colours, with every
   * row, empty ones too, under the ids the sheet gives where no other thing has them; an existing
   * lane keeps its own id, kind and colour.
   */
  declare(lanes: readonly DeclaredLane[]): void {
    for (const lane of lanes) {
      const entry = this.laneFor(lane, lane.name, lane);
      if (!entry) continue;
      this.#declared.add(entry.lane.id);
      for (const row of lane.rows)
        this.rowFor({ sheet: lane.sheet, line: row.line }, entry, row.name, row.id);
    }
  }

  /** The lanes made: those that got a row, and those the lanes sheet states even without. */
  lanesMade(): Lane[] {
    return [...this.#made.values()].filter(
      (lane) => lane.rows.length > 0 || this.#declared.has(lane.id),
    );
  }
}
