import { newId } from '../domain/ids';
import { titleSchema } from '../domain/planSchema';
import type { LibraryLedger } from '../persistence/libraryLedger';
import type { Library, LibraryHost } from './library.svelte';
import { locale } from './locale.svelte';
import './laterMessages';

/** What the library's edits work with: loaded when first used, since the first screen has none. */
export interface LibraryEdits {
  library: Library;
  host: LibraryHost;
  ledger: LibraryLedger;
}

/** Renames a plan other than the open one (whose title is an edit of it). */
export async function renamePlan(
  { library }: LibraryEdits,
  id: string,
  title: string,
): Promise<boolean> {
  if (!titleSchema.safeParse(title).success) return false;
  const stored = await library.repository.load(id);
  if (!stored) return false;
  library.announce(await library.repository.save(id, { ...stored.plan, title }, stored.revision));
  return true;
}

export async function duplicatePlan({ library }: LibraryEdits, id: string): Promise<void> {
  const plan = await library.currentPlan(id);
  if (!plan) return;
  const title = locale.t('library.copyOf', { title: plan.title }).slice(0, 200);
  library.announce(await library.repository.save(newId('plan'), { ...plan, title }));
}

export async function removePlan({ library, host, ledger }: LibraryEdits, id: string) {
  if (host.open?.id === id) await host.closePlan();
  const stored = await library.repository.load(id);
  if (!stored) return;
  await library.repository.delete(id);
  ledger.forget(id);
  library.unlisted(id);
  host.deleted(id);
  host.notify({ kind: 'deleted', stored });
}

export async function undoDelete({ library, host }: LibraryEdits): Promise<void> {
  const notice = host.notice;
  if (notice?.kind !== 'deleted') return;
  const { stored } = notice;
  try {
    library.announce(await library.repository.save(stored.id, stored.plan));
  } catch (error) {
    // Another tab saved the plan again meanwhile: the deleted version comes back beside it.
    if ((error as Error).name !== 'RevisionConflict') throw error;
    library.announce(await library.repository.save(newId('plan'), stored.plan));
  }
  host.notify(null);
}
