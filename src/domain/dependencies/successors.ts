import type { Dependency } from '../dependencySchema';

/** The items that depend on `ids`, directly or through others, without `ids` themselves. */
export function successorsOf(links: readonly Dependency[], ids: Iterable<string>): Set<string> {
  const next = new Map<string, string[]>();
  for (const { from, to } of links) next.set(from, [...(next.get(from) ?? []), to]);
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
