import type { Dependency, Item, Plan } from '../planSchema';
import { dependencyHolds } from './brokenDependencies';

export interface BrokenByMove {
  dependency: Dependency;
  /** The item at the other end of the link, as it stands. */
  other: Item;
  /** The other item comes before the moved one. */
  otherIsPredecessor: boolean;
}

/** The links the moved items would break with the items they are linked to, as those stand. */
export function brokenByMove(plan: Plan, moved: readonly Item[]): BrokenByMove[] {
  if (!plan.dependencies.length || !moved.length) return [];
  const movedById = new Map(moved.map((item) => [item.id, item]));
  const standing = new Map(plan.items.map((item) => [item.id, item]));
  const now = (id: string) => movedById.get(id) ?? standing.get(id);
  const broken: BrokenByMove[] = [];
  for (const dependency of plan.dependencies) {
    if (!movedById.has(dependency.from) && !movedById.has(dependency.to)) continue;
    const from = now(dependency.from);
    const to = now(dependency.to);
    if (!from || !to || dependencyHolds(dependency, from, to)) continue;
    const otherIsPredecessor = movedById.has(dependency.to);
    const other = standing.get(otherIsPredecessor ? dependency.from : dependency.to) as Item;
    broken.push({ dependency, other, otherIsPredecessor });
  }
  return broken;
}
