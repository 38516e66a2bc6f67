import type { RollupSource } from './rollupSource';

/**
 * What each plan is called in the roll-up: its organisation when every plan names a different
 * one (22 counties), else its title (a county's portfolio); names still alike get the file name.
 */
export function sourceNames(sources: readonly RollupSource[]): Map<string, string> {
  const organisations = sources.map((s) => s.plan.organisation?.trim() ?? '');
  const byOrganisation =
    organisations.every(Boolean) && new Set(organisations).size === organisations.length;
  const base = sources.map((s, i) => (byOrganisation ? organisations[i]! : s.plan.title));
  const counts = new Map<string, number>();
  for (const name of base) counts.set(name, (counts.get(name) ?? 0) + 1);
  return new Map(
    sources.map((source, i) => {
      const name = base[i]!;
      if (counts.get(name) === 1) return [source.key, name];
      return [source.key, `${name} (${source.fileName ?? i + 1})`];
    }),
  );
}
