import type { Plan } from '../domain/planSchema';

/** Plans are never mutated, so an item's JSON, once made, stays true for as long as the item lives. */
const cache = new WeakMap<object, string>();

function json(value: object): string {
  let text = cache.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    cache.set(value, text);
  }
  return text;
}

const list = (values: readonly object[]) => `[${values.map(json).join(',')}]`;

/**
 * The plan as JSON text (key order aside, what JSON.stringify gives), made from the cached text of
 * its lanes, items, tracks and markers: after an edit only what the edit replaced is written
 * again, so journaling every command of a 5,000-item plan costs a join, not a serialisation.
 */
export function planJson(plan: Plan): string {
  const { lanes, items, tracks, markers, ...head } = plan;
  const rest = `"lanes":${list(lanes)},"items":${list(items)},"tracks":${list(tracks)},"markers":${list(markers)}`;
  return `${JSON.stringify(head).slice(0, -1)},${rest}}`;
}
