import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { compareVersions, writtenBy } from '../../../src/persistence/appVersion';
import { PlanRepository } from '../../../src/persistence/planRepository';
import { NewerAppVersion } from '../../../src/persistence/storageErrors';
import { Autosaver, type SaveStatus } from '../../../src/state/autosaver';
import { makePlan } from '../../factories/plans';

let databases = 0;

describe('compareVersions', () => {
  it.each([
    ['0.1.0', '0.1.0', 0],
    ['0.2.0', '0.1.9', 1],
    ['0.10.0', '0.9.3', 1],
    ['1.0', '1.0.0', 0],
    ['1.0.1', '1.0', 1],
    ['0.9.9', '1.0.0', -1],
    ['garbage', '0.0.0', 0],
  ])('%s against %s gives %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe('writtenBy', () => {
  it('reads the version even from a record the schema would refuse', () => {
    expect(writtenBy({ file: { appVersion: '2.0.0', plan: 'a newer shape' }, extra: 1 })).toBe(
      '2.0.0',
    );
    expect(writtenBy({ file: {} })).toBeUndefined();
    expect(writtenBy('not a record')).toBeUndefined();
  });
});

describe('a tab running an older app version than the data', () => {
  const twoTabs = () => {
    const name = `tiekartta-versions-${++databases}`;
    return {
      newer: new PlanRepository({ store: createStore(name, 'plans'), appVersion: '0.2.0' }),
      older: new PlanRepository({ store: createStore(name, 'plans'), appVersion: '0.1.0' }),
      store: createStore(name, 'plans'),
    };
  };

  it('refuses to write over a record a newer version saved, and then writes nothing at all', async () => {
    const { newer, older, store } = twoTabs();
    await older.save('plan-a', makePlan({ title: 'Vanha' }));
    await newer.save('plan-a', makePlan({ title: 'Uusi' }), 0);
    await expect(older.save('plan-a', makePlan({ title: 'Yli' }), 1)).rejects.toEqual(
      new NewerAppVersion('0.2.0'),
    );
    expect(older.newerVersion).toBe('0.2.0');
    await expect(older.save('plan-b', makePlan())).rejects.toBeInstanceOf(NewerAppVersion);
    expect(await get('plan-b', store)).toBeUndefined();
    expect((await older.load('plan-a'))?.plan.title).toBe('Uusi');
  });

  it('learns of the newer version when listing the library, before any write', async () => {
    const { newer, older } = twoTabs();
    await newer.save('plan-a', makePlan());
    expect(older.newerVersion).toBeNull();
    await older.list();
    expect(older.newerVersion).toBe('0.2.0');
  });

  it('learns of it from another tab’s message, and an older or equal version changes nothing', () => {
    const { older } = twoTabs();
    older.noticeVersion('0.1.0');
    older.noticeVersion('0.0.9');
    expect(older.newerVersion).toBeNull();
    older.noticeVersion('0.3.0');
    older.noticeVersion('0.2.0');
    expect(older.newerVersion).toBe('0.3.0');
  });

  it('a newer version keeps writing over data an older version saved', async () => {
    const { newer, older } = twoTabs();
    await older.save('plan-a', makePlan());
    await expect(newer.save('plan-a', makePlan({ title: 'Uusi' }), 0)).resolves.toMatchObject({
      revision: 1,
    });
    expect(newer.newerVersion).toBeNull();
  });

  it('the autosaver stops on it with the version, keeps the edits and does not retry', async () => {
    vi.useFakeTimers();
    const statuses: SaveStatus[] = [];
    const write = vi.fn(() => Promise.reject(new NewerAppVersion('0.2.0')));
    const saver = new Autosaver({ write, onStatus: (s) => statuses.push(s), throttleMs: 10 });
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(write).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual({ kind: 'outdated', version: '0.2.0' });
    expect(saver.dirty).toBe(true);
    vi.useRealTimers();
  });
});
