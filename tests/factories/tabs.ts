import { createStore, type UseStore } from 'idb-keyval';
import { EditJournal } from '../../src/persistence/editJournal';
import { PlanRepository } from '../../src/persistence/planRepository';
import { AppState, type AppOptions, type TabChannel } from '../../src/state/app.svelte';
import { SAMPLE_TEXT } from './fixtures';

let profiles = 0;
let tabs = 0;

/** Tabs of one browser profile: one database, one message bus that delivers at once. */
export function makeProfile() {
  const name = `tiekartta-profile-${++profiles}`;
  const store = createStore(name, 'plans');
  const channels = new Set<TabChannel>();
  const live = new Set<string>();

  function channel(): TabChannel {
    const own: TabChannel = {
      onmessage: null,
      postMessage: (data) => {
        for (const other of channels)
          if (other !== own) other.onmessage?.({ data } as MessageEvent);
      },
    };
    channels.add(own);
    return own;
  }

  /** A tab that is running (its journal is not an orphan) until it is closed. */
  function tab(options: Partial<AppOptions> & { store?: UseStore } = {}) {
    const journal = new EditJournal(`tab-${++tabs}`);
    live.add(journal.tabId);
    const own = channel();
    const app = new AppState({
      repository: new PlanRepository({
        store: options.store ?? store,
        appVersion: '0.1.0',
        backups: null,
      }),
      loadSample: async () => SAMPLE_TEXT,
      appVersion: '0.1.0',
      channel: own,
      journal,
      liveTabs: async () => live,
      ...options,
    });
    /** The tab is gone at once, as when the browser is closed: nothing is flushed. */
    const crash = () => {
      app.open?.dispose();
      channels.delete(own);
      live.delete(journal.tabId);
    };
    return { app, journal, crash };
  }

  return { name, store, tab };
}

export const rename = (app: AppState, title: string) =>
  app.exec({ type: 'plan/update', changes: { title } });
