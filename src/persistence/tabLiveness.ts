/**
 * Which tabs of this app are running, by Web Locks: each tab holds a lock named after it for its
 * whole life, and the browser releases it when the tab goes, however it goes.
 */
const LOCK_PREFIX = 'tiekartta-tab-';

export function holdTabLock(tabId: string): void {
  void navigator.locks
    ?.request(`${LOCK_PREFIX}${tabId}`, () => new Promise<never>(() => undefined))
    .catch(() => undefined);
}

/**
 * The tabs holding their lock now. Where the browser has no Web Locks nobody can tell, so null:
 * then no tab's journal is taken for an orphan.
 */
export async function liveTabs(): Promise<Set<string> | null> {
  try {
    if (!globalThis.navigator?.locks) return null;
    const state = await navigator.locks.query();
    const names = (state.held ?? []).map((lock) => lock.name ?? '');
    return new Set(
      names.filter((n) => n.startsWith(LOCK_PREFIX)).map((n) => n.slice(LOCK_PREFIX.length)),
    );
  } catch {
    return null;
  }
}
