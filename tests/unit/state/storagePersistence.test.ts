import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoragePersistence } from '../../../src/state/storagePersistence.svelte';

const browserWith = (persist?: () => Promise<boolean>) =>
  vi.stubGlobal('navigator', { storage: persist ? { persist } : {} });

afterEach(() => vi.unstubAllGlobals());

describe('StoragePersistence', () => {
  it('asks the browser once and keeps its answer', async () => {
    const persist = vi.fn(async () => true);
    browserWith(persist);
    const persistence = new StoragePersistence();
    await persistence.ask();
    await persistence.ask();
    expect(persistence.answer).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('takes a refusal, or an error, for a no', async () => {
    browserWith(async () => {
      throw new Error('not allowed');
    });
    const persistence = new StoragePersistence();
    await persistence.ask();
    expect(persistence.answer).toBe('denied');
  });

  it('stays unknown where the browser has no such request', async () => {
    browserWith();
    const persistence = new StoragePersistence();
    await persistence.ask();
    expect(persistence.answer).toBe('unknown');
  });
});
