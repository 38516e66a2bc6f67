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
    expect(app.storage).toBe('unavailable');
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
    await b.app.keepMineAsCopy();
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
    expect(app.persistence).toBe('unknown');
    rename(app, 'Ensimmäinen tallennus');
    await app.open?.flush();
    await vi.waitFor(() => expect(app.persistence).toBe('denied'));
    rename(app, 'Toinen tallennus');
    await app.open?.flush();
    expect(persist).toHaveBeenCalledTimes(1);
    Reflect.deleteProperty(navigator, 'storage');
  });
});
