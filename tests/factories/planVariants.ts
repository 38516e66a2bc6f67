import { addDays } from '../../src/domain/calendarDate';
import type { Dependency } from '../../src/domain/dependencySchema';
import type { Item, Plan } from '../../src/domain/planSchema';
import { seededRandom } from '../../src/domain/seededRandom';

const startOf = (item: Item) => (item.type === 'phase' ? item.start : item.date);

/**
 * The plan with `count` finish-to-start links between random items, each from an earlier-starting
 * item to a later one, so they never form a cycle.
 */
export function withLinks(plan: Plan, count: number, seed = 7): Plan {
  const next = seededRandom(seed);
  const sorted = [...plan.items].sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  while (dependencies.length < count) {
    const i = Math.floor(next() * (sorted.length - 1));
    const j = i + 1 + Math.floor(next() * Math.min(200, sorted.length - i - 1));
    const from = sorted[i] as Item;
    const to = sorted[j] as Item;
    if (startOf(from) === startOf(to) || seen.has(`${from.id}>${to.id}`)) continue;
    seen.add(`${from.id}>${to.id}`);
    dependencies.push({
      id: `g-dep-${dependencies.length}`,
      from: from.id,
      to: to.id,
      kind: 'finishToStart',
    });
  }
  return { ...plan, dependencies };
}

const shifted = (item: Item, days: number): Item =>
  item.type === 'phase'
    ? { ...item, start: addDays(item.start, days), end: addDays(item.end, days) }
    : { ...item, date: addDays(item.date, days) };

/**
 * An earlier state of the plan, as a comparison would meet it: a tenth of the items on other
 * dates, one in a hundred renamed, one in a hundred not there yet.
 */
export function earlierVersion(plan: Plan, seed = 11): Plan {
  const next = seededRandom(seed);
  const items = plan.items.flatMap((item): Item[] => {
    const roll = next();
    if (roll < 0.01) return [];
    if (roll < 0.02) return [{ ...item, label: `${item.label} (vanha nimi)`.slice(0, 200) }];
    if (roll < 0.12) return [shifted(item, Math.round((next() - 0.5) * 60) || 7)];
    return [item];
  });
  return { ...plan, items };
}
