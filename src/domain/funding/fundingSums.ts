import type { Funding, FundingEntry } from './fundingSchema';

/** What a funding table adds up to, in integer cents. */
export interface FundingSums {
  /** Granted and paid money, by category id. */
  byCategory: Map<string, number>;
  /** Granted and paid money, by year, years ascending. */
  byYear: Map<number, number>;
  /** Granted and paid money in all. */
  total: number;
  /** Applied for and not yet decided: the "X" of "23,4 + X M€". */
  applied: number;
  /** How many applications are still open. */
  openApplications: number;
}

export const entryTotal = (entry: Pick<FundingEntry, 'amounts'>): number =>
  entry.amounts.reduce((sum, amount) => sum + amount.cents, 0);

/**
 * An entry's cents shared over the years it covers in equal parts, to the cent: the cents left
 * over go one each to the earliest years. Without years, all of it counts in the year of its date.
 */
export function centsByYear(entry: FundingEntry): [number, number][] {
  const cents = entryTotal(entry);
  const years = entry.years.length
    ? [...entry.years].sort((a, b) => a - b)
    : [Number(entry.date.slice(0, 4))];
  const share = Math.floor(cents / years.length);
  const left = cents - share * years.length;
  return years.map((year, i) => [year, share + (i < left ? 1 : 0)]);
}

const add = <K>(map: Map<K, number>, key: K, cents: number) =>
  map.set(key, (map.get(key) ?? 0) + cents);

/** Sums per category, per year and in total of what is granted; applications apart. */
export function fundingSums(funding: Funding | undefined): FundingSums {
  const byCategory = new Map<string, number>(
    (funding?.categories ?? []).map((category) => [category.id, 0]),
  );
  const byYear = new Map<number, number>();
  let total = 0;
  let applied = 0;
  let openApplications = 0;
  for (const entry of funding?.entries ?? []) {
    if (entry.state === 'applied') {
      applied += entryTotal(entry);
      openApplications += 1;
      continue;
    }
    for (const amount of entry.amounts) add(byCategory, amount.category, amount.cents);
    for (const [year, cents] of centsByYear(entry)) add(byYear, year, cents);
    total += entryTotal(entry);
  }
  const years = new Map([...byYear].sort(([a], [b]) => a - b));
  return { byCategory, byYear: years, total, applied, openApplications };
}
