import type { Baseline, BaselineItem, Item, Plan } from '../planSchema';

/** What the comparison reads of a plan: a baseline's content without its name and date. */
export type Snapshot = Omit<Baseline, 'id' | 'name' | 'savedOn'>;

const itemCore = (item: Item): BaselineItem =>
  item.type === 'milestone'
    ? {
        id: item.id,
        rowId: item.rowId,
        label: item.label,
        status: item.status,
        type: item.type,
        date: item.date,
      }
    : {
        id: item.id,
        rowId: item.rowId,
        label: item.label,
        status: item.status,
        type: item.type,
        start: item.start,
        end: item.end,
      };

/** The plan as a baseline would keep it: dates, rows, statuses and labels, and lane names. */
export function snapshotOf(plan: Plan): Snapshot {
  return {
    lanes: plan.lanes.map((lane) => ({
      id: lane.id,
      name: lane.name,
      rows: lane.rows.map((row) => ({ id: row.id, name: row.name })),
    })),
    items: plan.items.map(itemCore),
    tracks: plan.tracks.map(({ id, rowId, label, checkpoints }) => ({
      id,
      rowId,
      label,
      checkpoints,
    })),
    markers: plan.markers,
    dependencies: plan.dependencies,
    ...(plan.risks?.length
      ? {
          risks: plan.risks.map(({ id, number, title, probability, impact, status }) => ({
            id,
            number,
            title,
            probability,
            impact,
            status,
          })),
        }
      : {}),
    // Kept even when empty: a baseline without the key is older than this, and not compared.
    funding: {
      categories: plan.funding?.categories ?? [],
      entries: (plan.funding?.entries ?? []).map(({ itemIds: _, ...entry }) => entry),
    },
  };
}

/** A baseline of the plan as it is now. */
export function takeBaseline(
  plan: Plan,
  meta: Pick<Baseline, 'id' | 'name' | 'savedOn'>,
): Baseline {
  return { ...meta, ...snapshotOf(plan) };
}
