import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import type { PlanStore } from '../../src/persistence/memoryRepository';
import { PlanRepository } from '../../src/persistence/planRepository';
import { StorageTimeout } from '../../src/persistence/storageErrors';
import { AppState } from '../../src/state/app.svelte';
import { SAMPLE_TEXT } from '../factories/fixtures';

let databases = 0;

function tab(store = createStore(`tiekartta-tabs-${++databases}`, 'plans')) {
  const app = new AppState({
    repository: new PlanRepository({ store, appVersion: '0.1.0' }),
    loadSample: async () => SAMPLE_TEXT,
    appVersion: '0.1.0',
  });
  return { app, store };
}

const rename = (app: AppState, title: string) =>
  app.exec({ type: 'plan/update', changes: { title } });

describe('without IndexedDB', () => {
  it('works in memory and says so when the library does not answer', async () => {
    const dead = {
      list: () => Promise.reject(new StorageTimeout('no answer')),
    } as unknown as PlanStore;
    const app = new AppState({
      repository: dead,
      loadSample: async () => SAMPLE_TEXT,
      appVersion: '0.1.0',
    });
    await app.start();
    expect(app.library.storage).toBe('unavailable');
    expect(app.open?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
    expect(app.closingLosesWork).toBe(false);
    rename(app, 'Muistissa');
    await app.open?.flush();
    expect(app.open?.status.kind).toBe('saved');
    // "Saved" in memory is not kept: closing the tab would lose it.
    expect(app.closingLosesWork).toBe(true);
  });
});

describe('closing the tab', () => {
  it('could lose work only while an edit is not yet acknowledged by storage', async () => {
    const { app } = tab();
    await app.start();
    expect(app.closingLosesWork).toBe(false);
    rename(app, 'Kesken');
    expect(app.closingLosesWork).toBe(true);
    await app.open?.flush();
    expect(app.closingLosesWork).toBe(false);
  });
});

describe('two tabs on one plan', () => {
  it('a tab without edits follows the other tab’s save', async () => {
    const a = tab();
    const b = tab(a.store);
    await a.app.start();
    await b.app.start();
    expect(b.app.open?.id).toBe(a.app.open?.id);
    rename(a.app, 'Tallennettu välilehdessä A');
    await a.app.open?.flush();
    await vi.waitFor(() => expect(b.app.open?.plan.title).toBe('Tallennettu välilehdessä A'));
  });

  it('a tab with its own edits stops and offers both versions; keeping mine as a copy loses nothing', async () => {
    const a = tab();
    const b = tab(a.store);
    await a.app.start();
    await b.app.start();
    rename(b.app, 'B:n muutos');
    rename(a.app, 'A:n muutos');
    await a.app.open?.flush();
    await vi.waitFor(() => expect(b.app.open?.status.kind).toBe('conflict'));
    await b.app.open?.flush();
    expect((await b.app.repository.load(a.app.open?.id as string))?.plan.title).toBe('A:n muutos');
    await b.app.tabs.keepMineAsCopy();
    const titles = (await b.app.repository.list()).plans.map((p) => p.plan.title).sort();
    expect(titles).toEqual(['A:n muutos', 'B:n muutos (kopio)']);
  });
});

describe('persistent storage', () => {
  it('is asked for after the first save, once, and the answer is shown', async () => {
    const persist = vi.fn(async () => false);
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });
    const { app } = tab();
    await app.start();
    expect(app.persistence.answer).toBe('unknown');
    rename(app, 'Ensimmäinen tallennus');
    await app.open?.flush();
    await vi.waitFor(() => expect(app.persistence.answer).toBe('denied'));
    rename(app, 'Toinen tallennus');
    await app.open?.flush();
    expect(persist).toHaveBeenCalledTimes(1);
    Reflect.deleteProperty(navigator, 'storage');
  });
});

describe('a tab brought back to the front', () => {
  /** Another tab's save whose message never arrived (the tab was frozen). */
  async function silentSave(app: AppState, store: ReturnType<typeof createStore>, title: string) {
    const open = app.open!;
    const other = new PlanRepository({ store, appVersion: '0.1.0', backups: null });
    await other.save(open.id, { ...open.plan, title }, open.revision);
  }

  it('follows a save it missed when it has no edits of its own', async () => {
    const { app, store } = tab();
    await app.start();
    await silentSave(app, store, 'Tallennettu toisessa');
    await app.tabs.checkStored();
    expect(app.open?.plan.title).toBe('Tallennettu toisessa');
  });

  it('with unsaved edits of its own, stops and asks instead of writing over it', async () => {
    const { app, store } = tab();
    await app.start();
    rename(app, 'Oma muutos');
    await silentSave(app, store, 'Toisen muutos');
    await app.tabs.checkStored();
    expect(app.open?.status.kind).toBe('conflict');
    expect(app.open?.plan.title).toBe('Oma muutos');
  });

  it('does not take its own write, committed but not yet answered, for another tab’s', async () => {
    const store = createStore(`tiekartta-tabs-${++databases}`, 'plans');
    const real = new PlanRepository({ store, appVersion: '0.1.0', backups: null });
    let release = () => {};
    const answer = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    // The write commits at once; its answer waits, as a slow read-back would.
    const repository: PlanStore = {
      list: () => real.list(),
      unreadableRecords: () => real.unreadableRecords(),
      unreadableIds: () => real.unreadableIds(),
      delete: (id) => real.delete(id),
      get newerVersion() {
        return real.newerVersion;
      },
      noticeVersion: (version) => real.noticeVersion(version),
      forgetDeletedBackups: () => real.forgetDeletedBackups(),
      keepCurrentVersion: (id) => real.keepCurrentVersion(id),
      backups: null,
      save: async (id, plan, previous) => {
        const saved = await real.save(id, plan, previous);
        if (holding) await answer;
        return saved;
      },
      load: async (id) => {
        const stored = await real.load(id);
        if (holding) setTimeout(release, 0);
        return stored;
      },
    };
    const app = new AppState({
      repository,
      loadSample: async () => SAMPLE_TEXT,
      appVersion: '0.1.0',
    });
    await app.start();
    const id = app.open!.id;
    holding = true;
    setTimeout(release, 50);
    rename(app, 'Oma muutos');
    const writing = app.open!.flush();
    await vi.waitFor(async () => expect((await real.load(id))?.revision).toBe(1));
    await app.tabs.checkStored();
    expect(app.open?.status.kind).toBe('saved');
    await writing;
    expect(app.open?.status.kind).toBe('saved');
    expect(app.open?.plan.title).toBe('Oma muutos');
  });
});
