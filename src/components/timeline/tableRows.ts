import type { PlanComparison } from '../../domain/comparison/planChange';
import { endOf, slipDays, startOf } from '../../domain/comparison/slipDays';
import type { Item, Plan } from '../../domain/planSchema';

export type SortKey =
  | 'lane'
  | 'row'
  | 'item'
  | 'type'
  | 'start'
  | 'end'
  | 'status'
  | 'owner'
  | 'baselineStart'
  | 'baselineEnd'
  | 'slip'
  | 'predecessors'
  | 'successors';

export interface TableRow {
  id: string;
  lane: string;
  row: string;
  item: string;
  type: Item['type'];
  start: string;
  end: string;
  status: string;
  owner: string;
  /** While comparing: the dates compared with ('' for a new item) and the end's slip in days. */
  baselineStart: string;
  baselineEnd: string;
  slip: number | null;
  /** The items linked before and after this one, by name. */
  predecessors: string;
  successors: string;
  /** Plan order (lane, row, then item order), the tie-breaker of every sort. */
  order: number;
}

/** Every item as a table row, sorted by one column; ties keep the plan's order. */
export function tableRows(
  plan: Plan,
  key: SortKey,
  ascending: boolean,
  statusText: (item: Item) => string,
  comparison: PlanComparison | null = null,
): TableRow[] {
  const place = new Map<string, { lane: string; row: string; order: number }>();
  plan.lanes.forEach((lane, l) =>
    lane.rows.forEach((row, r) =>
      place.set(row.id, { lane: lane.name, row: row.name, order: l * 10_000 + r }),
    ),
  );
  const linked = linkedNames(plan);
  const rows = plan.items.map((item, i): TableRow => {
    const where = place.get(item.rowId) ?? { lane: '', row: '', order: 0 };
    const start = item.type === 'milestone' ? item.date : item.start;
    const end = item.type === 'milestone' ? item.date : item.end;
    const order = where.order * 100_000 + i;
    return {
      id: item.id,
      lane: where.lane,
      row: where.row,
      item: item.label,
      type: item.type,
      start,
      end,
      status: statusText(item),
      owner: item.owner ?? '',
      ...compared(item, comparison),
      predecessors: linked.predecessors.get(item.id)?.join('; ') ?? '',
      successors: linked.successors.get(item.id)?.join('; ') ?? '',
      order,
    };
  });
  const direction = ascending ? 1 : -1;
  if (key === 'lane' || key === 'row') return rows.sort((a, b) => direction * (a.order - b.order));
  // New items, which have no slip, sort after every slip either way.
  if (key === 'slip')
    return rows.sort(
      (a, b) =>
        Number(a.slip === null) - Number(b.slip === null) ||
        direction * ((a.slip ?? 0) - (b.slip ?? 0)) ||
        a.order - b.order,
    );
  return rows.sort((a, b) => direction * a[key].localeCompare(b[key], 'fi') || a.order - b.order);
}

/** An unchanged item has its own dates in the baseline; a new one has none. */
function compared(
  item: Item,
  comparison: PlanComparison | null,
): Pick<TableRow, 'baselineStart' | 'baselineEnd' | 'slip'> {
  const diff = comparison?.byId.get(item.id);
  if (!comparison || diff?.kind === 'added' || diff?.kind === 'removed')
    return { baselineStart: '', baselineEnd: '', slip: null };
  const before = diff?.kind === 'changed' ? diff.before : item;
  return {
    baselineStart: startOf(before),
    baselineEnd: endOf(before),
    slip: diff?.kind === 'changed' ? slipDays(diff.before, item) : 0,
  };
}

/** For each item, the names of the items its links come from and go to, in the plan's order. */
function linkedNames(plan: Plan) {
  const label = new Map(plan.items.map((item) => [item.id, item.label]));
  const predecessors = new Map<string, string[]>();
  const successors = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, id: string, name: string | undefined) => {
    if (name !== undefined) map.set(id, [...(map.get(id) ?? []), name]);
  };
  for (const link of plan.dependencies) {
    add(predecessors, link.to, label.get(link.from));
    add(successors, link.from, label.get(link.to));
  }
  return { predecessors, successors };
}
