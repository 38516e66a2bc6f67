import { LANE_COLORS } from '../laneColors';
import { TEXT_MAX } from '../limits';
import {
  CLASSIFICATIONS,
  type Item,
  type Lane,
  type LaneKind,
  type Plan,
  type Track,
} from '../planSchema';
import { rollupAsOf } from './isLate';
import { nationalMarkers } from './nationalMarkers';
import type { NationalMilestone } from './rollupFileSchema';
import type { RollupGroup } from './rollupGroups';
import type { RollupSource } from './rollupSource';

/** Where a roll-up item came from: the plan's key and the item's own id there. */
export interface ItemOrigin {
  sourceKey: string;
  itemId: string;
}

export interface RollupPlan {
  /** The roll-up as one plan, for the one renderer: screen, pictures, slides and print. */
  plan: Plan;
  origins: ReadonlyMap<string, ItemOrigin>;
}

export interface RollupPlanRequest {
  title: string;
  sources: readonly RollupSource[];
  groups: readonly RollupGroup[];
  collapsed: ReadonlySet<string>;
  /** A lane kind's name in the user's language. */
  kindName: (kind: LaneKind) => string;
  sourceName: (key: string) => string;
  /** The national milestones given in the roll-up, drawn with the dates the plans share. */
  milestones?: readonly NationalMilestone[];
}

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * The groups drawn as a plan of their own, with fresh short ids (the plans' ids may clash), so
 * it passes the plan schema and a picture of it carries a plan that opens. It is never stored.
 */
export function rollupPlan(request: RollupPlanRequest): RollupPlan {
  const { sources, groups } = request;
  const origins = new Map<string, ItemOrigin>();
  const items: Item[] = [];
  const tracks: Track[] = [];
  let rowCount = 0;
  const lanes: Lane[] = groups.map((group) => {
    const rows = group.rows.map((groupRow) => {
      const rowId = `r${++rowCount}`;
      for (const item of groupRow.items) {
        const id = `i${items.length + 1}`;
        origins.set(id, { sourceKey: groupRow.sourceKey, itemId: item.id });
        items.push({ ...item, id, rowId });
      }
      for (const track of groupRow.tracks)
        tracks.push({ ...track, id: `t${tracks.length + 1}`, rowId });
      const name =
        group.grouping === 'kind'
          ? `${groupRow.sourceName} · ${groupRow.row.name}`
          : `${groupRow.laneName} › ${groupRow.row.name}`;
      return { id: rowId, name: cut(name, TEXT_MAX.name) };
    });
    const name =
      group.grouping === 'kind' ? request.kindName(group.kind) : request.sourceName(group.of);
    return {
      id: group.id,
      name: cut(name, TEXT_MAX.name),
      kind: group.kind,
      color: LANE_COLORS[group.kind],
      collapsed: request.collapsed.has(group.collapseId),
      rows,
    };
  });
  const plans = sources.map((source) => source.plan);
  return {
    plan: {
      title: request.title,
      organisation: '',
      classification: strictest(plans),
      asOf: rollupAsOf(plans),
      window: windowOf(plans),
      principles: [],
      lanes,
      items,
      tracks,
      markers: nationalMarkers(plans, request.milestones).map((marker, i) => ({
        ...marker,
        id: `m${i + 1}`,
      })),
      dependencies: [],
      baselines: [],
    },
    origins,
  };
}

/** A roll-up of confidential plans is confidential. */
function strictest(plans: readonly Plan[]): Plan['classification'] {
  const rank = (plan: Plan) => CLASSIFICATIONS.indexOf(plan.classification);
  return CLASSIFICATIONS[Math.max(0, ...plans.map(rank))] ?? 'internal';
}

function windowOf(plans: readonly Plan[]): Plan['window'] {
  if (plans.length === 0) return { start: '2023-01-01', end: '2023-12-31' };
  let { start, end } = plans[0]!.window;
  for (const { window } of plans) {
    if (window.start < start) start = window.start;
    if (window.end > end) end = window.end;
  }
  return { start, end };
}

/**
 * The roll-up's plan with the groups in `collapsed` collapsed. Lanes whose state stays are the
 * same objects, and the items are, so a collapse lays out again only the lane it changes.
 */
export function withCollapsed(
  plan: Plan,
  groups: readonly RollupGroup[],
  collapsed: ReadonlySet<string>,
): Plan {
  const collapseIdOf = new Map(groups.map((group) => [group.id, group.collapseId]));
  const lanes = plan.lanes.map((lane) => {
    const shut = collapsed.has(collapseIdOf.get(lane.id) ?? lane.id);
    return shut === lane.collapsed ? lane : { ...lane, collapsed: shut };
  });
  return lanes.every((lane, i) => lane === plan.lanes[i]) ? plan : { ...plan, lanes };
}
