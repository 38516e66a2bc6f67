import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import { envelopeSchema } from '../../../src/io/planFile';
import { MemoryRepository, type PlanStore } from '../../../src/persistence/memoryRepository';
import {
  PlanRepository,
  type LibraryListing,
  type StoredPlan,
} from '../../../src/persistence/planRepository';
import { AppState } from '../../../src/state/app.svelte';
import { SAMPLE_TEXT } from '../../factories/fixtures';

/** A library that counts how often the app reads from it, and keeps what it was last given. */
class CountingStore implements PlanStore {
  readonly reads = { load: 0, list: 0 };
  given: Plan | undefined;
  constructor(readonly inner: PlanStore) {}
  list(): Promise<LibraryListing> {
    this.reads.list++;
    return this.inner.list();
  }
  load(id: string): Promise<StoredPlan | null> {
    this.reads.load++;
    return this.inner.load(id);
  }
  save(id: string, plan: Plan, previousRevision?: number): Promise<StoredPlan> {
    this.given = plan;
    return this.inner.save(id, plan, previousRevision);
  }
  delete = (id: string) => this.inner.delete(id);
  unreadableRecords = () => this.inner.unreadableRecords();
  unreadableIds = () => this.inner.unreadableIds();
  forgetDeletedBackups = () => this.inner.forgetDeletedBackups();
  keepCurrentVersion = (id: string) => this.inner.keepCurrentVersion(id);
  noticeVersion = (version: string) => this.inner.noticeVersion(version);
  get newerVersion() {
    return this.inner.newerVersion;
  }
  get backups() {
    return this.inner.backups;
  }
}

const appOn = (repository: PlanStore) =>
  new AppState({
    repository,
    loadSample: async () => SAMPLE_TEXT,
    appVersion: '0.1.0',
    channel: null,
    journal: null,
  });

const sampleFile = () => new File([SAMPLE_TEXT], 'tiekartta.json', { type: 'application/json' });

afterEach(() => vi.restoreAllMocks());

describe('opening an imported plan', () => {
  it('opens the very plan the store was given, without reading the library again', async () => {
    const repository = new CountingStore(new MemoryRepository());
    const app = appOn(repository);
    await app.files.importFile(sampleFile());
    expect(app.open?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
    expect(app.open?.plan).toBe(repository.given);
    expect(repository.reads).toEqual({ load: 0, list: 0 });
    expect(app.notice).toEqual({ kind: 'imported', fileName: 'tiekartta.json' });
  });

  it('runs the file schema once, in the read, and not again on the way from IndexedDB', async () => {
    const store = createStore('tiekartta-import-once', 'plans');
    const repository = new CountingStore(new PlanRepository({ store, appVersion: '0.1.0' }));
    const app = appOn(repository);
    const parse = vi.spyOn(envelopeSchema, 'safeParse');
    await app.files.importFile(sampleFile());
    expect(app.open?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
    expect(parse).toHaveBeenCalledTimes(1);
    expect(repository.reads).toEqual({ load: 0, list: 0 });
    expect(app.library.summaries.map((s) => s.id)).toEqual([app.open?.id]);
  });
});
