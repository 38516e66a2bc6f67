import { groupByRow } from '../groupByRow';
import { COUNT_MAX } from '../limits';
import { LANE_KINDS, type Item, type LaneKind, type Row, type Track } from '../planSchema';
import { rollupAsOf } from './isLate';
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

/** A lane of the roll-up: one lane kind of one plan, or one lane kind across the plans. */
export interface RollupGroup {
  /** The lane's id; stable across filters. */
  id: string;
  /** What collapses together: all of a plan's lanes, or the one lane of a kind. */
  collapseId: string;
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

/**
 * The plans' rows in groups, in the plans' order; a filter on items drops rows left empty.
 * By plan, each plan's lanes of one kind make a lane ("Keski-Suomi", TOSI), so the lanes keep
 * their kinds' names and colours; past the plan's lane limit, each plan is one lane of its own.
 */
export function rollupGroups({ sources, names, grouping, filter }: GroupRequest): RollupGroup[] {
  const groups = new Map<string, RollupGroup>();
  if (grouping === 'kind') for (const kind of LANE_KINDS) groups.set(kind, kindGroup(kind));
  const dropEmpty = filtersItems(filter);
  // Of all the plans, not only those the filter shows: choosing plans never makes items late.
  const asOf = rollupAsOf(sources.map((source) => source.plan));
  for (const source of sources) {
    if (!sourcePasses(filter, source.key)) continue;
    const sourceName = names.get(source.key) ?? source.plan.title;
    const byRow = groupByRow(source.plan.items);
    const tracksByRow = groupByRow(source.plan.tracks);
    for (const lane of source.plan.lanes) {
      const kind = laneKindOf(lane);
      if (!kindPasses(filter, kind)) continue;
      const key = grouping === 'kind' ? kind : `${source.key}-${kind}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = planGroup(source.key, kind)));
      for (const row of lane.rows) {
        const context = `${row.name}\n${lane.name}\n${sourceName}`;
        const items = (byRow.get(row.id) ?? []).filter((item) =>
          itemPasses(filter, item, context, asOf),
        );
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
  const shown = [...groups.values()].filter((group) => group.rows.length > 0);
  return shown.length > COUNT_MAX.lanes ? onePerPlan(shown) : shown;
}

const kindGroup = (kind: LaneKind): RollupGroup => ({
  id: `kind-${kind}`,
  collapseId: `kind-${kind}`,
  grouping: 'kind',
  of: kind,
  kind,
  rows: [],
});

const planGroup = (key: string, kind: LaneKind): RollupGroup => ({
  id: `plan-${key}-${kind}`,
  collapseId: `plan-${key}`,
  grouping: 'plan',
  of: key,
  kind,
  rows: [],
});

/** Each plan's lanes as one lane of its own kind, holding all their rows. */
function onePerPlan(groups: readonly RollupGroup[]): RollupGroup[] {
  const merged = new Map<string, RollupGroup>();
  for (const group of groups) {
    const into = merged.get(group.of);
    if (into) into.rows.push(...group.rows);
    else
      merged.set(group.of, {
        ...group,
        id: group.collapseId,
        kind: 'custom',
        rows: [...group.rows],
      });
  }
  return [...merged.values()];
}

/** The collapsed groups with `id` collapsed, or opened again if it was. */
export function toggled(collapsed: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(collapsed);
  if (!next.delete(id)) next.add(id);
  return next;
}
