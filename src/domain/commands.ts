import { shiftDate, type Shift } from './shift';
import type {
  Baseline,
  Dependency,
  DependencyKind,
  Item,
  Lane,
  Marker,
  Plan,
  Row,
  Track,
} from './planSchema';
import type { DependencyCommand } from './dependencies/dependencyCommands';
import { withoutLinksOf } from './planLinks';
import type { RiskCommand } from './risks/riskCommands';
import type { FundingCommand } from './funding/fundingCommands';
import type { BaselineCommand } from './baselineCommands';
import type { SheetImportCommand } from './sheetImportCommand';

/** Every edit of a plan is one of these: named, serialisable, applied by a pure function. */
export type Command =
  | { type: 'items/shift'; ids: string[]; shift: Shift; rowId?: string }
  | { type: 'items/shiftAfter'; date: string; shift: Shift }
  | { type: 'item/update'; id: string; changes: ItemChanges }
  | { type: 'items/moveToRow'; ids: string[]; rowId: string }
  | { type: 'item/add'; item: Item }
  | { type: 'item/replace'; item: Item }
  | { type: 'items/delete'; ids: string[] }
  | { type: 'plan/update'; changes: PlanChanges }
  /** Puts back an earlier version of the whole plan; `savedAt` says which, for the undo button. */
  | { type: 'plan/restore'; plan: Plan; savedAt: string }
  | { type: 'lane/update'; id: string; changes: Partial<Omit<Lane, 'id' | 'rows'>> }
  | { type: 'lane/add'; lane: Lane }
  | { type: 'lane/delete'; id: string }
  | { type: 'row/add'; laneId: string; row: Row }
  | { type: 'row/rename'; id: string; name: string }
  | { type: 'row/move'; id: string; toIndex: number }
  | { type: 'row/delete'; id: string }
  | { type: 'track/update'; id: string; changes: Partial<Pick<Track, 'label' | 'checkpoints'>> }
  | { type: 'track/add'; track: Track }
  | { type: 'track/delete'; id: string }
  | { type: 'marker/add'; marker: Marker }
  | { type: 'marker/replace'; marker: Marker }
  | { type: 'marker/delete'; id: string }
  | { type: 'dependency/add'; dependency: Dependency }
  | { type: 'dependency/update'; id: string; kind: DependencyKind }
  | { type: 'dependency/delete'; id: string }
  | { type: 'baseline/add'; baseline: Baseline }
  | { type: 'baseline/rename'; id: string; name: string }
  | { type: 'baseline/delete'; id: string }
  /** Which baseline the comparison uses; `undefined`: the newest. */
  | { type: 'baseline/choose'; id: string | undefined }
  | RiskCommand
  | FundingCommand
  /** Rows of a spreadsheet taken in (sheetImportCommand.ts). */
  | SheetImportCommand;

/** Fields of an item an edit may set; `undefined` clears an optional field. */
export type ItemChanges = Partial<{
  label: string;
  status: Item['status'];
  owner: string | undefined;
  notes: string | undefined;
  link: string | undefined;
  date: string;
  start: string;
  end: string;
}>;
export type PlanChanges = Partial<
  Pick<Plan, 'title' | 'organisation' | 'classification' | 'asOf' | 'window' | 'principles'>
>;

function shiftItem(item: Item, shift: Shift): Item {
  return item.type === 'milestone'
    ? { ...item, date: shiftDate(item.date, shift) }
    : { ...item, start: shiftDate(item.start, shift), end: shiftDate(item.end, shift) };
}

const startOf = (item: Item) => (item.type === 'milestone' ? item.date : item.start);

function updateItem(item: Item, changes: ItemChanges): Item {
  const next: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(changes)) {
    if (item.type === 'milestone' && (key === 'start' || key === 'end')) continue;
    if (item.type === 'phase' && key === 'date') continue;
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
  }
  return next as Item;
}

const mapItems = (plan: Plan, ids: readonly string[], change: (item: Item) => Item): Plan => {
  const wanted = new Set(ids);
  return { ...plan, items: plan.items.map((item) => (wanted.has(item.id) ? change(item) : item)) };
};

const mapLanes = (plan: Plan, change: (lane: Lane) => Lane): Plan => ({
  ...plan,
  lanes: plan.lanes.map(change),
});

/** Applies a command. Pure: returns a new plan and never mutates the old one. */
export function applyCommand(plan: Plan, command: Command): Plan {
  switch (command.type) {
    case 'items/shift':
      return mapItems(plan, command.ids, (item) => {
        const shifted = shiftItem(item, command.shift);
        return command.rowId ? { ...shifted, rowId: command.rowId } : shifted;
      });
    case 'items/shiftAfter':
      return {
        ...plan,
        items: plan.items.map((item) =>
          startOf(item) >= command.date ? shiftItem(item, command.shift) : item,
        ),
      };
    case 'item/update':
      return mapItems(plan, [command.id], (item) => updateItem(item, command.changes));
    case 'items/moveToRow':
      return mapItems(plan, command.ids, (item) => ({ ...item, rowId: command.rowId }));
    case 'item/add':
      return { ...plan, items: [...plan.items, command.item] };
    case 'item/replace':
      return mapItems(plan, [command.item.id], () => command.item);
    case 'items/delete': {
      const gone = new Set(command.ids);
      const items = plan.items.filter((item) => !gone.has(item.id));
      return withoutLinksOf({ ...plan, items }, gone);
    }
    case 'plan/update':
      return { ...plan, ...command.changes };
    case 'plan/restore':
      return command.plan;
    case 'lane/update':
      return mapLanes(plan, (lane) =>
        lane.id === command.id ? { ...lane, ...command.changes } : lane,
      );
    case 'lane/add':
      return { ...plan, lanes: [...plan.lanes, command.lane] };
    case 'lane/delete':
      return deleteLane(plan, command.id);
    case 'row/add':
      return mapLanes(plan, (lane) =>
        lane.id === command.laneId ? { ...lane, rows: [...lane.rows, command.row] } : lane,
      );
    case 'row/rename':
      return mapLanes(plan, (lane) => ({
        ...lane,
        rows: lane.rows.map((row) =>
          row.id === command.id ? { ...row, name: command.name } : row,
        ),
      }));
    case 'row/move':
      return mapLanes(plan, (lane) => moveRow(lane, command.id, command.toIndex));
    case 'row/delete':
      return deleteRows(plan, new Set([command.id]), (lane) => ({
        ...lane,
        rows: lane.rows.filter((row) => row.id !== command.id),
      }));
    case 'track/update':
      return {
        ...plan,
        tracks: plan.tracks.map((track) =>
          track.id === command.id ? { ...track, ...command.changes } : track,
        ),
      };
    case 'track/add':
      return { ...plan, tracks: [...plan.tracks, command.track] };
    case 'track/delete':
      return { ...plan, tracks: plan.tracks.filter((track) => track.id !== command.id) };
    case 'marker/add':
      return { ...plan, markers: [...plan.markers, command.marker] };
    case 'marker/replace':
      return {
        ...plan,
        markers: plan.markers.map((marker) =>
          marker.id === command.marker.id ? command.marker : marker,
        ),
      };
    case 'marker/delete':
      return { ...plan, markers: plan.markers.filter((marker) => marker.id !== command.id) };
    default:
      return applyPartCommand(plan, command);
  }
}

/** The commands of parts that load on first use, applied by code that comes with those parts. */
export type PartCommand =
  DependencyCommand | BaselineCommand | RiskCommand | FundingCommand | SheetImportCommand;
type PartApplier = (plan: Plan, command: PartCommand) => Plan;
const partAppliers = new Map<string, PartApplier>();

/** Called by partCommands.ts, which every part that issues such commands imports. */
export function registerPartCommands<T extends PartCommand>(
  types: readonly T['type'][],
  apply: (plan: Plan, command: T) => Plan,
): void {
  for (const type of types) partAppliers.set(type, apply as PartApplier);
}

function applyPartCommand(plan: Plan, command: PartCommand): Plan {
  const apply = partAppliers.get(command.type);
  if (!apply) throw new Error(`The code of "${command.type}" has not been loaded`);
  return apply(plan, command);
}

function moveRow(lane: Lane, id: string, toIndex: number): Lane {
  const from = lane.rows.findIndex((row) => row.id === id);
  if (from < 0) return lane;
  const rows = [...lane.rows];
  const [row] = rows.splice(from, 1);
  rows.splice(Math.max(0, Math.min(rows.length, toIndex)), 0, row as Row);
  return { ...lane, rows };
}

/** Removes rows with everything on them, so no reference is left dangling. */
function deleteRows(plan: Plan, rowIds: Set<string>, changeLane: (lane: Lane) => Lane): Plan {
  const gone = new Set(plan.items.filter((item) => rowIds.has(item.rowId)).map((item) => item.id));
  return withoutLinksOf(
    {
      ...plan,
      lanes: plan.lanes.map(changeLane),
      items: plan.items.filter((item) => !gone.has(item.id)),
      tracks: plan.tracks.filter((track) => !rowIds.has(track.rowId)),
    },
    gone,
  );
}

function deleteLane(plan: Plan, id: string): Plan {
  const lane = plan.lanes.find((l) => l.id === id);
  if (!lane) return plan;
  const withoutRows = deleteRows(plan, new Set(lane.rows.map((row) => row.id)), (l) => l);
  return { ...withoutRows, lanes: plan.lanes.filter((l) => l.id !== id) };
}
