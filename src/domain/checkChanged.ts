import { z } from 'zod/mini';
import { COUNT_MAX } from './limits';
import { integrityHoldsAfter } from './changedIntegrity';
import { dependencySchema } from './dependencySchema';
import {
  itemSchema,
  laneSchema,
  markerSchema,
  planFieldsSchema,
  trackSchema,
  type Plan,
} from './planSchema';

const COLLECTIONS = {
  lanes: laneSchema,
  items: itemSchema,
  tracks: trackSchema,
  markers: markerSchema,
  dependencies: dependencySchema,
} as const;
type Collection = keyof typeof COLLECTIONS;

const headSchema = z.omit(planFieldsSchema, {
  lanes: true,
  items: true,
  tracks: true,
  markers: true,
  dependencies: true,
});

/**
 * Whether `next` passes the plan schema, given that `before` does: plans are never mutated, so
 * an element of `next` that is the very object it was in `before` is known to be valid, and only
 * new or replaced elements, the plan's own fields, the counts and the rules that span the plan
 * are checked (those too only for what was replaced, where nothing was added or removed).
 * Linear in the plan's size at most, without running the schema over every item.
 */
export function checkChanged(before: Plan, next: Plan): boolean {
  const { lanes, items, tracks, markers, dependencies, ...head } = next;
  const { lanes: _l, items: _i, tracks: _t, markers: _m, dependencies: _d, ...headBefore } = before;
  if (!sameFields(head, headBefore) && !headSchema.safeParse(head).success) return false;
  const all = { lanes, items, tracks, markers, dependencies };
  for (const key of Object.keys(COLLECTIONS) as Collection[]) {
    if (!collectionValid(key, before[key], all[key])) return false;
  }
  return integrityHoldsAfter(before, next);
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function collectionValid(key: Collection, before: readonly object[], next: readonly object[]) {
  if (!Array.isArray(next) || next.length > COUNT_MAX[key]) return false;
  if (before === next) return true;
  const schema: z.ZodMiniType = COLLECTIONS[key];
  // Most edits keep elements where they were: compare by place first, look up only the rest.
  let known: Set<object> | undefined;
  return next.every(
    (element, i) =>
      element === before[i] ||
      (known ??= new Set(before)).has(element) ||
      schema.safeParse(element).success,
  );
}
