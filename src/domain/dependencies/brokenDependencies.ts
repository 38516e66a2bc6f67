import { toDayNumber } from '../calendarDate';
import type { Dependency } from '../dependencySchema';

interface Dated {
  id: string;
  type: 'milestone' | 'phase';
  date?: string;
  start?: string;
  end?: string;
}

const startOf = (item: Dated) =>
  toDayNumber((item.type === 'milestone' ? item.date : item.start) as string);
const endOf = (item: Dated) =>
  toDayNumber((item.type === 'milestone' ? item.date : item.end) as string);

/**
 * Whether the successor keeps the link: a hand-over on the same day is kept (a roadmap is not a
 * scheduler), a successor that starts (or finishes) before it may is not.
 */
export function dependencyHolds(link: Pick<Dependency, 'kind'>, from: Dated, to: Dated): boolean {
  switch (link.kind) {
    case 'finishToStart':
      return startOf(to) >= endOf(from);
    case 'finishToFinish':
      return endOf(to) >= endOf(from);
    case 'startToStart':
      return startOf(to) >= startOf(from);
  }
}

/** The links the plan's dates break; links to missing items are the schema's concern, not this. */
export function brokenDependencies(
  links: readonly Dependency[],
  items: readonly Dated[],
): Dependency[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return links.filter((link) => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    return from && to && !dependencyHolds(link, from, to);
  });
}
