import { newId } from '../domain/ids';
import type { Plan } from '../domain/planSchema';
import type { EditJournal, JournalEntry } from '../persistence/editJournal';
import type { PlanStore } from '../persistence/memoryRepository';
import type { StoredPlan } from '../persistence/planRepository';

/** What became of one edit a closed tab left unsaved. */
export interface Replayed {
  title: string;
  /** 'restored': written over the revision it was made on; 'copy': newer work was there, kept beside it. */
  outcome: 'restored' | 'copy';
  stored: StoredPlan;
}

const samePlan = (a: Plan, b: Plan) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Puts back what tabs that died before their write committed left in the journal, under the same
 * revision rules as any save: an edit made on the stored revision is saved over it; one made on
 * an older revision never overwrites newer work and becomes a copy. An entry that cannot be
 * written now stays for the next start.
 */
export async function replayJournal(
  journal: EditJournal,
  repository: PlanStore,
  live: ReadonlySet<string>,
  copyTitle: (title: string) => string,
): Promise<Replayed[]> {
  const done: Replayed[] = [];
  for (const entry of journal.orphans(live)) {
    try {
      const replayed = await replayOne(entry, repository, copyTitle);
      journal.forget(entry);
      if (replayed) done.push(replayed);
    } catch (error) {
      console.warn('Tiekartta: an unsaved edit could not be put back yet', error);
    }
  }
  return done;
}

async function replayOne(
  entry: JournalEntry,
  repository: PlanStore,
  copyTitle: (title: string) => string,
): Promise<Replayed | null> {
  const stored = await repository.load(entry.planId);
  if (stored && samePlan(stored.plan, entry.plan)) return null;
  const onItsBase =
    stored?.revision === entry.baseRevision && stored.savedAt.toISOString() === entry.baseSavedAt;
  if (onItsBase || !stored) {
    try {
      const saved = await repository.save(entry.planId, entry.plan, stored?.revision ?? -1);
      return { title: entry.plan.title, outcome: 'restored', stored: saved };
    } catch (error) {
      // An unreadable record is never overwritten: the edit goes beside it.
      if ((error as Error).name !== 'RevisionConflict') throw error;
    }
  }
  const title = copyTitle(entry.plan.title).slice(0, 200);
  const saved = await repository.save(newId('plan'), { ...entry.plan, title });
  return { title, outcome: 'copy', stored: saved };
}
