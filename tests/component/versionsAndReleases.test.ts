import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { BackupRing } from '../../src/persistence/backupRing';
import { PlanRepository } from '../../src/persistence/planRepository';
import { AppState } from '../../src/state/app.svelte';
import { SAMPLE_TEXT } from '../factories/fixtures';

let databases = 0;

function tab(appVersion: string, name = `tiekartta-releases-${++databases}`) {
  const copies = createStore(`${name}-copies`, 'copies');
  const app = new AppState({
    repository: new PlanRepository({
      store: createStore(name, 'plans'),
      appVersion,
      backups: new BackupRing({ store: copies }),
    }),
    loadSample: async () => SAMPLE_TEXT,
    appVersion,
  });
  return { app, name, copies };
}

const rename = (app: AppState, title: string) =>
  app.exec({ type: 'plan/update', changes: { title } });

describe('earlier versions of the open plan', () => {
  it('restores one as an undoable edit and keeps the version it replaced', async () => {
    const { app } = tab('0.1.0');
    await app.start();
    rename(app, 'Muutettu');
    await app.open?.flush();
    const [sample] = await app.versions.list();
    expect(sample?.title).toBe('ICT-muutoksen tiekartta 2022');
    expect(await app.versions.restore(sample!)).toBe(true);
    expect(app.open?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
    expect((await app.versions.list()).map((v) => v.title)).toEqual([
      'Muutettu',
      'ICT-muutoksen tiekartta 2022',
    ]);
    app.open?.undo();
    expect(app.open?.plan.title).toBe('Muutettu');
  });

  it('a copy that cannot be read is reported and the open plan is left as it was', async () => {
    const { app, copies } = tab('0.1.0');
    await app.start();
    rename(app, 'Muutettu');
    await app.open?.flush();
    const [entry] = await app.versions.list();
    await set(`copy/${app.open!.id}/${entry!.revision}`, '{"broken": true', copies);
    const history = app.open!.undoStack;
    expect(await app.versions.restore(entry!)).toBe(false);
    expect(app.notice).toEqual({ kind: 'versionUnreadable' });
    expect(app.open?.plan.title).toBe('Muutettu');
    expect(app.open?.undoStack).toBe(history);
  });
});

describe('a stored record that can no longer be read', () => {
  it('opens its newest earlier version as a new plan and leaves the record as it was', async () => {
    const first = tab('0.1.0');
    await first.app.start();
    rename(first.app, 'Muutettu ennen vauriota');
    await first.app.open?.flush();
    const id = first.app.open!.id;
    const plans = createStore(first.name, 'plans');
    const damaged = { id, revision: 9, savedAt: new Date().toISOString(), file: { broken: true } };
    await set(id, damaged, plans);

    const later = new AppState({
      repository: new PlanRepository({
        store: plans,
        appVersion: '0.1.0',
        backups: new BackupRing({ store: first.copies }),
      }),
      loadSample: async () => SAMPLE_TEXT,
      appVersion: '0.1.0',
    });
    await later.start();
    expect(later.library.unreadable).toBe(1);
    const [found, ...others] = await later.versions.recoverable();
    expect(others).toEqual([]);
    expect(found).toMatchObject({ planId: id, entry: { title: 'ICT-muutoksen tiekartta 2022' } });
    await later.versions.recover(found!.planId, found!.entry);
    expect(later.open?.plan.title).toBe('ICT-muutoksen tiekartta 2022 (palautettu)');
    expect(later.open?.id).not.toBe(id);
    expect(await get(id, plans)).toEqual(damaged);
  });
});

describe('a newer release in another tab', () => {
  it('stops the older tab’s writes as soon as it says so, and its edits stay on screen', async () => {
    const older = tab('0.1.0');
    const newer = tab('0.2.0', older.name);
    await older.app.start();
    await newer.app.start();
    rename(newer.app, 'Uuden version työ');
    await newer.app.open?.flush();
    await vi.waitFor(() => expect(older.app.outdated).toBe('0.2.0'));
    expect(older.app.open?.plan.title).toBe('Uuden version työ');

    rename(older.app, 'Vanhan välilehden muutos');
    await older.app.open?.flush();
    expect(older.app.open?.status).toEqual({ kind: 'outdated', version: '0.2.0' });
    expect(older.app.open?.plan.title).toBe('Vanhan välilehden muutos');
    const stored = await get<{ file: { appVersion: string; plan: { title: string } } }>(
      older.app.open!.id,
      createStore(older.name, 'plans'),
    );
    expect(stored?.file).toMatchObject({
      appVersion: '0.2.0',
      plan: { title: 'Uuden version työ' },
    });
  });
});
