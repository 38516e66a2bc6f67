import type { Dependency } from '../dependencySchema';

/**
 * The items that depend on `ids`, directly or through others, without `ids` themselves; with
 * `backwards`, the items `ids` depend on.
 */
export function successorsOf(
  links: readonly Dependency[],
  ids: Iterable<string>,
  backwards = false,
): Set<string> {
  const next = new Map<string, string[]>();
  for (const { from, to } of links) {
    const [a, b] = backwards ? [to, from] : [from, to];
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const start = new Set(ids);
  const found = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    for (const to of next.get(queue.pop() as string) ?? []) {
      if (start.has(to) || found.has(to)) continue;
      found.add(to);
      queue.push(to);
    }
  }
  return found;
}

/** The links that touch an item, split by direction, for the side panel and the table. */
export function dependenciesOf(links: readonly Dependency[], id: string) {
  return {
    predecessors: links.filter((link) => link.to === id),
    successors: links.filter((link) => link.from === id),
  };
}

/**
 * Items that may become a predecessor (or successor) of `id`: not itself, not linked to it in
 * that direction already, and none that would close a circle.
 */
export function linkableTo(
  links: readonly Dependency[],
  itemIds: readonly string[],
  id: string,
  side: 'predecessor' | 'successor',
): string[] {
  const circle = successorsOf(links, [id], side === 'successor');
  const linked = new Set(
    links
      .filter((l) => (side === 'predecessor' ? l.to === id : l.from === id))
      .map((l) => (side === 'predecessor' ? l.from : l.to)),
  );
  return itemIds.filter((other) => other !== id && !circle.has(other) && !linked.has(other));
}
