import type { Plan } from '../domain/planSchema';
import type { PlanStore } from '../persistence/memoryRepository';
import type { StoredPlan } from '../persistence/planRepository';
import type { Notice } from './notice';
import type { OpenPlan } from './openPlan.svelte';

/** The part of a BroadcastChannel the app uses. */
export interface TabChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** The BroadcastChannel that tabs of this app share. */
export const TAB_CHANNEL = 'tiekartta';

/** What tab sync needs of the app around it. */
export interface TabSyncHost {
  readonly repository: PlanStore;
  readonly open: OpenPlan | null;
  /** The newer app version that has written here, once `checkVersion` found one. */
  readonly outdated: string | null;
  checkVersion(): void;
  /** A plan stored (by this tab or another): the library list shows it as stored. */
  listed(stored: StoredPlan): void;
  /** A plan deleted elsewhere: it leaves the library list. */
  unlisted(id: string): void;
  /** A save this tab made: listed, and told to the other tabs. */
  announce(saved: StoredPlan): void;
  notify(notice: Notice): void;
  addAndOpen(plan: Plan): Promise<string>;
}

/**
 * Tabs of the app on one browser profile: tells the others of this tab's saves and deletes,
 * follows theirs (or, with unsaved edits here, stops and asks), and carries out the user's choice.
 */
type TabFollow = typeof import('./tabFollow');

/**
 * The code that follows other tabs, loaded with the first message. Offline after an update
 * replaced the app's files it cannot load: then this tab follows nothing, as before it loaded,
 * and a later message tries again.
 */
function loadFollow(): Promise<TabFollow | undefined> {
  return import('./tabFollow').catch(() => undefined);
}

export class TabSync {
  readonly #host: TabSyncHost;
  readonly #channel: TabChannel | null;
  readonly #appVersion: string;

  /** `channel` undefined: a BroadcastChannel where there is one; null: this tab is alone. */
  constructor(host: TabSyncHost, appVersion: string, channel?: TabChannel | null) {
    this.#host = host;
    this.#appVersion = appVersion;
    this.#channel =
      channel !== undefined
        ? channel
        : typeof BroadcastChannel === 'undefined'
          ? null
          : new BroadcastChannel(TAB_CHANNEL);
    if (this.#channel)
      this.#channel.onmessage = (event: MessageEvent) => void this.#onOtherTab(event.data);
  }

  saved(saved: StoredPlan): void {
    this.#channel?.postMessage({
      type: 'saved',
      id: saved.id,
      revision: saved.revision,
      appVersion: this.#appVersion,
    });
  }

  deleted(id: string): void {
    this.#channel?.postMessage({ type: 'deleted', id });
  }

  /** Another tab saved or deleted a plan: followed by code loaded with the first such message. */
  async #onOtherTab(message: unknown): Promise<void> {
    return (await loadFollow())?.followMessage(this.#host, message);
  }

  /**
   * A tab brought back to the front may have missed messages (frozen, or restored from the
   * back-forward cache): it looks at the stored revision of the open plan itself.
   */
  async checkStored(): Promise<void> {
    const open = this.#host.open;
    if (open) await (await loadFollow())?.followStored(this.#host, open.id);
  }

  /** Resolves a conflict by taking the version the other tab saved (mine kept as a copy). */
  async takeTheirs(): Promise<void> {
    return (await import('./tabConflict')).takeTheirs(this.#host);
  }

  /** Resolves a conflict by keeping this tab's edits as a new plan; the other tab's version stays. */
  async keepMineAsCopy(): Promise<void> {
    return (await import('./tabConflict')).keepMineAsCopy(this.#host);
  }
}
