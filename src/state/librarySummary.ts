import type { StoredPlan } from '../persistence/planRepository';

/** What the library screen lists of a plan. */
export interface LibrarySummary {
  id: string;
  title: string;
  organisation: string;
  asOf: string;
  savedAt: Date;
}

export function summarize(stored: StoredPlan): LibrarySummary {
  const { title, organisation, asOf } = stored.plan;
  return { id: stored.id, title, organisation, asOf, savedAt: stored.savedAt };
}

/** Most recently saved first, as a user looks for what they worked on last. */
export function sortSummaries(summaries: LibrarySummary[]): LibrarySummary[] {
  return [...summaries].sort(
    (a, b) => b.savedAt.getTime() - a.savedAt.getTime() || a.title.localeCompare(b.title, 'fi'),
  );
}
