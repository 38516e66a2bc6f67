import { newId } from '../domain/ids';
import { locale } from './locale.svelte';
import './laterMessages';
import type { TabSyncHost } from './tabSync';

// A conflict between tabs is resolved here, loaded when the user chooses how (TabSync).

/**
 * Resolves a conflict by taking the version the other tab saved; this tab's edits are not
 * dropped but kept beside it as a copy in the library.
 */
export async function takeTheirs(host: TabSyncHost): Promise<void> {
  const open = host.open;
  const stored = open && (await host.repository.load(open.id));
  if (!open || !stored) return;
  const title = locale.t('library.copyOf', { title: open.plan.title }).slice(0, 200);
  try {
    host.announce(await host.repository.save(newId('plan'), { ...open.plan, title }));
  } catch (error) {
    host.notify({ kind: 'copyFailed', reason: String((error as Error)?.message || error) });
    return;
  }
  open.replaceWith(stored);
  host.notify({ kind: 'theirsTaken', copyTitle: title });
}

/** Resolves a conflict by keeping this tab's edits as a new plan; the other tab's version stays. */
export async function keepMineAsCopy(host: TabSyncHost): Promise<void> {
  const mine = host.open?.plan;
  if (!mine) return;
  const title = locale.t('library.copyOf', { title: mine.title }).slice(0, 200);
  const theirs = host.open && (await host.repository.load(host.open.id));
  if (theirs && host.open) host.open.replaceWith(theirs);
  await host.addAndOpen({ ...mine, title });
}
