import type { z } from 'zod/mini';
import { checkPlanIntegrity } from './planIntegrity';
import type { Plan } from './planSchema';

type OnRow = 'items' | 'tracks';
const ON_ROWS: readonly OnRow[] = ['items', 'tracks'];

/** The plan's row ids, once per lanes array (plans are never mutated, so neither are their lanes). */
const rowIdsOf = new WeakMap<Plan['lanes'], Set<string>>();
function rowIds(lanes: Plan['lanes']): Set<string> {
  let ids = rowIdsOf.get(lanes);
  if (!ids) rowIdsOf.set(lanes, (ids = new Set(lanes.flatMap((l) => l.rows.map((r) => r.id)))));
  return ids;
}

/**
 * The elements of `next` that replace another at the same place with the same id, or null when
 * anything else changed (an element added, removed, moved or given another id).
 */
function replacedInPlace<T extends { id: string }>(before: readonly T[], next: readonly T[]) {
  if (before === next) return [];
  if (before.length !== next.length) return null;
  const replaced: T[] = [];
  for (let i = 0; i < next.length; i++) {
    const element = next[i] as T;
    if (element === before[i]) continue;
    if (element.id !== (before[i] as T).id) return null;
    replaced.push(element);
  }
  return replaced;
}

/**
 * Whether the rules that span the plan (unique ids, rows that exist, checkpoints in order) hold
 * for `next`, given that they hold for `before`. When the lanes are the same and every other
 * change replaces an element in place under its own id, every id is where it was and only the
 * replaced elements need their rows and checkpoints checked: a drag's drop checks one item, not
 * the 5,000. Anything else is checked over the whole plan.
 */
export function integrityHoldsAfter(before: Plan, next: Plan): boolean {
  const markers = replacedInPlace(before.markers, next.markers);
  const changed = ON_ROWS.map((key) =>
    replacedInPlace<{ id: string; rowId: string }>(before[key], next[key]),
  );
  // Links, baselines, risks and funding span the plan: any change to them is checked over the
  // whole of it.
  const spanning =
    next.dependencies !== before.dependencies ||
    next.risks !== before.risks ||
    next.funding !== before.funding ||
    next.baselines !== before.baselines ||
    next.compareWith !== before.compareWith;
  if (next.lanes !== before.lanes || spanning || markers === null || changed.includes(null))
    return wholePlanHolds(next);
  const rows = rowIds(next.lanes);
  if (!changed.every((things) => things?.every((thing) => rows.has(thing.rowId)))) return false;
  const tracks = changed[1] as Plan['tracks'];
  return tracks.every((track) =>
    track.checkpoints.every(
      (point, c) => c === 0 || point.date > (track.checkpoints[c - 1]?.date ?? ''),
    ),
  );
}

function wholePlanHolds(plan: Plan): boolean {
  let valid = true;
  checkPlanIntegrity(plan, {
    addIssue: () => {
      valid = false;
    },
  } as unknown as z.core.$RefinementCtx);
  return valid;
}
