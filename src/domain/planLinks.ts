import { withoutDependenciesOf } from './dependencies/dependencyCommands';
import type { Plan } from './planSchema';

const without = <T extends { itemIds?: string[] }>(thing: T, gone: ReadonlySet<string>): T => {
  if (!thing.itemIds?.some((id) => gone.has(id))) return thing;
  const { itemIds, ...rest } = thing;
  const kept = itemIds.filter((id) => !gone.has(id));
  return (kept.length ? { ...rest, itemIds: kept } : rest) as T;
};

/**
 * Deleted items take every link to them along: dependencies, the risks that threatened them and
 * the decisions that funded them, so none is left pointing at nothing.
 */
export function withoutLinksOf(plan: Plan, gone: ReadonlySet<string>): Plan {
  let next = withoutDependenciesOf(plan, gone);
  if (!gone.size) return next;
  if (next.risks?.some((risk) => risk.itemIds?.some((id) => gone.has(id))))
    next = { ...next, risks: next.risks.map((risk) => without(risk, gone)) };
  const funding = next.funding;
  if (funding?.entries.some((entry) => entry.itemIds?.some((id) => gone.has(id))))
    next = {
      ...next,
      funding: { ...funding, entries: funding.entries.map((e) => without(e, gone)) },
    };
  return next;
}
