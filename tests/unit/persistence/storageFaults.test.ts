import 'fake-indexeddb/auto';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanRepository, STORAGE_TIMEOUT_MS } from '../../../src/persistence/planRepository';
import {
  isQuotaError,
  RevisionConflict,
  StorageTimeout,
  WriteNotConfirmed,
} from '../../../src/persistence/storageErrors';
import { Autosaver, type SaveStatus } from '../../../src/state/autosaver';
import { makePlan } from '../../factories/plans';

let databases = 0;
const freshStore = () => createStore(`tiekartta-faults-${++databases}`, 'plans');
const repositoryOn = (store: UseStore) => new PlanRepository({ store, appVersion: '0.1.0' });

afterEach(() => vi.useRealTimers());

describe('storage faults', () => {
  it('a store that never answers is reported as a timeout, not a hang', async () => {
    vi.useFakeTimers();
    const never: UseStore = () => new Promise(() => undefined);
    const listing = repositoryOn(never).list();
    vi.advanceTimersByTime(STORAGE_TIMEOUT_MS + 1);
    await expect(listing).rejects.toBeInstanceOf(StorageTimeout);
  });

  it('a write the store silently drops is not acknowledged', async () => {
    const real = freshStore();
    const dropping: UseStore = (mode, callback) =>
      mode === 'readwrite' ? Promise.resolve(undefined as never) : real(mode, callback);
    await expect(repositoryOn(dropping).save('plan-a', makePlan())).rejects.toBeInstanceOf(
      WriteNotConfirmed,
    );
  });

  it('a full disk is recognised by the error name, whatever the message', async () => {
    const full: UseStore = () => Promise.reject(new DOMException('', 'QuotaExceededError'));
    const error = await repositoryOn(full)
      .save('plan-a', makePlan())
      .catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
  });

  it('a stale second connection cannot overwrite a newer save (compare-and-set)', async () => {
    const store = freshStore();
    const tabA = repositoryOn(store);
    const tabB = repositoryOn(createStore(`tiekartta-faults-${databases}`, 'plans'));
    await tabA.save('plan-a', makePlan({ title: 'Alku' }));
    await tabB.save('plan-a', makePlan({ title: 'Tab B' }), 0);
    await expect(
      tabA.save('plan-a', makePlan({ title: 'Tab A, vanhentunut' }), 0),
    ).rejects.toBeInstanceOf(RevisionConflict);
    expect((await tabA.load('plan-a'))?.plan.title).toBe('Tab B');
  });

  it('never overwrites a record that fails validation', async () => {
    const store = freshStore();
    const broken = {
      id: 'plan-x',
      revision: 3,
      savedAt: new Date().toISOString(),
      file: { nonsense: true },
    };
    await set('plan-x', broken, store);
    await expect(repositoryOn(store).save('plan-x', makePlan(), -1)).rejects.toBeInstanceOf(
      RevisionConflict,
    );
    await set('plan-y', 'not even a record', store);
    await expect(repositoryOn(store).save('plan-y', makePlan(), -1)).rejects.toBeInstanceOf(
      RevisionConflict,
    );
    expect(await get('plan-x', store)).toEqual(broken);
  });

  it('the autosaver stops writing on a conflict and keeps the edits, instead of retrying', async () => {
    vi.useFakeTimers();
    const statuses: SaveStatus['kind'][] = [];
    const write = vi.fn(() => Promise.reject(new RevisionConflict('plan-a', 0, 1)));
    const saver = new Autosaver({
      write,
      onStatus: (s) => statuses.push(s.kind),
      throttleMs: 10,
      retryMs: 10,
    });
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe('conflict');
    expect(saver.dirty).toBe(true);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe('conflict');
  });
});

describe('unreadable records', () => {
  it('are handed back exactly as stored, and the readable ones are not', async () => {
    const store = freshStore();
    const repository = repositoryOn(store);
    await repository.save('plan-a', makePlan());
    const broken = {
      id: 'plan-x',
      revision: 2,
      savedAt: new Date(0).toISOString(),
      file: { type: 'tiekartta-plan', version: 1, plan: { title: '' } },
    };
    await set('plan-x', broken, store);
    expect(await repository.unreadableRecords()).toEqual([broken]);
  });
});
