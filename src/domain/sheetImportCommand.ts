import type { FundingCategory, FundingEntry, FundingSummary } from './funding/fundingSchema';
import type { Item, Lane, Marker, Plan, Risk, Row, Track } from './planSchema';

/**
 * Rows of a spreadsheet taken into the plan as one undoable step: new lanes (with their rows)
 * and new rows of existing lanes go at the end, and each item, track and marker replaces the
 * one of its id or, when the plan has none, is added after the others.
 */
export interface SheetImportCommand {
  type: 'sheet/import';
  lanes: Lane[];
  rows: { laneId: string; row: Row }[];
  items: Item[];
  tracks: Track[];
  markers: Marker[];
  /** The risks of a risk sheet, each replacing the one of its id; absent without such a sheet. */
  risks?: Risk[];
  /**
   * The categories and decisions of a funding sheet, each replacing the one of its id, and the
   * sum the marker row shows, replacing the plan's; without one the plan's stays.
   */
  funding?: { categories: FundingCategory[]; entries: FundingEntry[]; summary?: FundingSummary };
}

/** Each thing replaces the one of its id in `list`, or is added after the others. */
export function upsert<T extends { id: string }>(list: readonly T[], things: readonly T[]): T[] {
  if (things.length === 0) return list as T[];
  const byId = new Map(things.map((thing) => [thing.id, thing]));
  const next = list.map((thing) => {
    const replaced = byId.get(thing.id);
    if (replaced) byId.delete(thing.id);
    return replaced ?? thing;
  });
  return [...next, ...byId.values()];
}

export function applySheetImport(plan: Plan, command: SheetImportCommand): Plan {
  const added = new Map<string, Row[]>();
  for (const { laneId, row } of command.rows)
    added.set(laneId, [...(added.get(laneId) ?? []), row]);
  const lanes = plan.lanes.map((lane) => {
    const rows = added.get(lane.id);
    return rows ? { ...lane, rows: [...lane.rows, ...rows] } : lane;
  });
  return {
    ...plan,
    lanes: [...lanes, ...command.lanes],
    items: upsert(plan.items, command.items),
    tracks: upsert(plan.tracks, command.tracks),
    markers: upsert(plan.markers, command.markers),
    ...(command.risks ? { risks: upsert(plan.risks ?? [], command.risks) } : {}),
    ...(command.funding ? { funding: withFunding(plan.funding, command.funding) } : {}),
  };
}

function withFunding(
  funding: Plan['funding'],
  from: NonNullable<SheetImportCommand['funding']>,
): NonNullable<Plan['funding']> {
  const summary = from.summary ?? funding?.summary;
  return {
    categories: upsert(funding?.categories ?? [], from.categories),
    entries: upsert(funding?.entries ?? [], from.entries),
    ...(summary ? { summary } : {}),
  };
}

/** How many things the command brings: none, and the dialog says there is nothing to import. */
export const sheetImportSize = (command: SheetImportCommand): number =>
  command.lanes.length +
  command.rows.length +
  command.items.length +
  command.tracks.length +
  command.markers.length +
  (command.risks?.length ?? 0) +
  (command.funding
    ? command.funding.categories.length +
      command.funding.entries.length +
      (command.funding.summary ? 1 : 0)
    : 0);
