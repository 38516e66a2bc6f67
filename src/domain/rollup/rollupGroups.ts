import { LANE_KINDS, type Item, type LaneKind, type Row, type Track } from '../planSchema';
import { laneKindOf } from './laneKindOf';
import {
  filtersItems,
  itemPasses,
  kindPasses,
  sourcePasses,
  type RollupFilter,
} from './rollupFilter';
import type { RollupSource } from './rollupSource';

export type Grouping = 'plan' | 'kind';

/** A row of one plan as the roll-up shows it, with the items the filter lets through. */
export interface GroupRow {
  sourceKey: string;
  sourceName: string;
  laneName: string;
  row: Row;
  items: Item[];
  tracks: Track[];
}

/** A lane of the roll-up: one plan, or one lane kind across the plans. */
export interface RollupGroup {
  /** Stable across filters, so a collapsed group stays collapsed. */
  id: string;
  grouping: Grouping;
  /** The plan's key, or the lane kind. */
  of: string;
  kind: LaneKind;
  rows: GroupRow[];
}

export interface GroupRequest {
  sources: readonly RollupSource[];
  names: ReadonlyMap<string, string>;
  grouping: Grouping;
  filter: RollupFilter;
}

export const groupId = (grouping: Grouping, of: string) => `${grouping}-${of}`;

/** The plans' rows in groups, in the plans' order; a filter on items drops rows left empty. */
export function rollupGroups({ sources, names, grouping, filter }: GroupRequest): RollupGroup[] {
  const groups = new Map<string, RollupGroup>();
  if (grouping === 'kind')
    for (const kind of LANE_KINDS) groups.set(kind, newGroup('kind', kind, kind));
  const dropEmpty = filtersItems(filter);
  for (const source of sources) {
    if (!sourcePasses(filter, source.key)) continue;
    const sourceName = names.get(source.key) ?? source.plan.title;
    const byRow = byRowId(source.plan.items);
    const tracksByRow = byRowId(source.plan.tracks);
    for (const lane of source.plan.lanes) {
      const kind = laneKindOf(lane);
      if (!kindPasses(filter, kind)) continue;
      const key = grouping === 'kind' ? kind : source.key;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = newGroup('plan', source.key, kind)));
      for (const row of lane.rows) {
        const context = `${row.name}\n${lane.name}\n${sourceName}`;
        const items = (byRow.get(row.id) ?? []).filter((item) => itemPasses(filter, item, context));
        if (dropEmpty && items.length === 0) continue;
        const tracks = dropEmpty ? [] : (tracksByRow.get(row.id) ?? []);
        group.rows.push({
          sourceKey: source.key,
          sourceName,
          laneName: lane.name,
          row,
          items,
          tracks,
        });
      }
    }
  }
  return [...groups.values()].filter((group) => group.rows.length > 0);
}

function newGroup(grouping: Grouping, of: string, kind: LaneKind): RollupGroup {
  return { id: groupId(grouping, of), grouping, of, kind, rows: [] };
}

function byRowId<T extends { rowId: string }>(things: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const thing of things) {
    const list = map.get(thing.rowId);
    if (list) list.push(thing);
    else map.set(thing.rowId, [thing]);
  }
  return map;
}

/** The collapsed groups with `id` collapsed, or opened again if it was. */
export function toggled(collapsed: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(collapsed);
  if (!next.delete(id)) next.add(id);
  return next;
}
