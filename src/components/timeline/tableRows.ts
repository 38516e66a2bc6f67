import type { Item, Plan } from '../../domain/planSchema';

export type SortKey = 'lane' | 'row' | 'item' | 'type' | 'start' | 'end' | 'status' | 'owner';

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
  /** Plan order (lane, row, then item order), the tie-breaker of every sort. */
  order: number;
}

/** Every item as a table row, sorted by one column; ties keep the plan's order. */
export function tableRows(
  plan: Plan,
  key: SortKey,
  ascending: boolean,
  statusText: (item: Item) => string,
): TableRow[] {
  const place = new Map<string, { lane: string; row: string; order: number }>();
  plan.lanes.forEach((lane, l) =>
    lane.rows.forEach((row, r) =>
      place.set(row.id, { lane: lane.name, row: row.name, order: l * 10_000 + r }),
    ),
  );
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
      order,
    };
  });
  const direction = ascending ? 1 : -1;
  if (key === 'lane' || key === 'row') return rows.sort((a, b) => direction * (a.order - b.order));
  return rows.sort((a, b) => direction * a[key].localeCompare(b[key], 'fi') || a.order - b.order);
}
