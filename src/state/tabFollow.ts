import type { TabSyncHost } from './tabSync';

// What another tab's save or delete does here, loaded with the first message (TabSync).

/** Another tab saved or deleted a plan: follow it, or, with unsaved edits here, stop and ask. */
export async function followMessage(host: TabSyncHost, message: unknown): Promise<void> {
  const { type, id, revision, appVersion } = (message ?? {}) as Record<string, unknown>;
  if (typeof id !== 'string') return;
  if (type === 'deleted') return deletedElsewhere(host, id);
  if (typeof revision !== 'number') return;
  if (typeof appVersion === 'string') host.repository.noticeVersion(appVersion);
  await followStored(host, id);
}

function deletedElsewhere(host: TabSyncHost, id: string): void {
  host.unlisted(id);
  const open = host.open;
  if (open?.id === id) open.markGone('deleted');
}

/** The stored plan is newer than this tab's: follow it, or, with unsaved edits here, stop and ask. */
export async function followStored(host: TabSyncHost, id: string): Promise<void> {
  // This tab's own write, committed but not yet answered, must not look like another tab's.
  if (host.open?.id === id) await host.open.settled();
  const stored = await host.repository.load(id);
  host.checkVersion();
  if (stored) host.listed(stored);
  else if (host.open?.id === id && host.open.revision >= 0 && !(await isUnreadable(host, id)))
    deletedElsewhere(host, id);
  const open = host.open;
  if (!stored || open?.id !== id || stored.revision <= open.revision) return;
  const dirty = open.dirty;
  if (!dirty) open.replaceWith(stored);
  if (host.outdated) open.markOutdated(host.outdated);
  else if (dirty) open.markConflict();
}

async function isUnreadable(host: TabSyncHost, id: string): Promise<boolean> {
  return (await host.repository.unreadableIds()).includes(id);
}
