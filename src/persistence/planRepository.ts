import { createStore, del, entries, get, keys, update, values, type UseStore } from 'idb-keyval';
import type { Plan } from '../domain/planSchema';
import { FILE_TYPE, FORMAT_VERSION, type PlanEnvelope } from '../io/planFile';
import { checkPlanValue } from '../io/checkPlanValue';
import { planRecordSchema, type PlanRecord } from './planRecord';
import { isNewerVersion, writtenBy } from './appVersion';
import { lazyBackupRing, type Backups } from './lazyBackupRing';
import { NewerAppVersion, RevisionConflict, withTimeout, WriteNotConfirmed } from './storageErrors';

export interface StoredPlan {
  id: string;
  revision: number;
  savedAt: Date;
  plan: Plan;
}

export interface LibraryListing {
  plans: StoredPlan[];
  /** Records that failed validation; left as they are, never overwritten. */
  unreadable: number;
}

export const DB_NAME = 'tiekartta';
/** How long IndexedDB may take to answer before the app works without it, in ms. */
export const STORAGE_TIMEOUT_MS = 4_000;
export const STORE_NAME = 'plans';

/** The only door to IndexedDB: every record goes in and comes out through the file schema. */
export class PlanRepository {
  readonly #store: UseStore;
  readonly #appVersion: string;
  readonly #now: () => Date;
  #newerVersion: string | null = null;
  /** Earlier revisions of each plan; null where they are not kept. */
  readonly backups: Backups | null;

  constructor(options: {
    store?: UseStore;
    appVersion: string;
    now?: () => Date;
    backups?: Backups | null;
  }) {
    this.#store = options.store ?? createStore(DB_NAME, STORE_NAME);
    this.backups = options.backups === undefined ? lazyBackupRing() : options.backups;
    this.#appVersion = options.appVersion;
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * The newest app version seen to have written here, when newer than this one: from then on this
   * tab writes nothing, because it could drop what the newer version added.
   */
  get newerVersion(): string | null {
    return this.#newerVersion;
  }

  /** Another tab says which version it runs; a newer one stops this tab's writes. */
  noticeVersion(version: string): void {
    if (!isNewerVersion(version, this.#appVersion)) return;
    if (this.#newerVersion === null || isNewerVersion(version, this.#newerVersion))
      this.#newerVersion = version;
  }

  #noticeRecord(record: unknown): void {
    const version = writtenBy(record);
    if (version) this.noticeVersion(version);
  }

  async list(): Promise<LibraryListing> {
    const records = await withTimeout(
      values<unknown>(this.#store),
      STORAGE_TIMEOUT_MS,
      'IndexedDB',
    );
    records.forEach((record) => this.#noticeRecord(record));
    const plans = records.map(readRecord).filter((p): p is StoredPlan => p !== null);
    return { plans, unreadable: records.length - plans.length };
  }

  /** The records that fail validation, exactly as stored, for the user to export and keep. */
  async unreadableRecords(): Promise<unknown[]> {
    const records = await withTimeout(
      values<unknown>(this.#store),
      STORAGE_TIMEOUT_MS,
      'IndexedDB',
    );
    return records.filter((record) => readRecord(record) === null);
  }

  /** The keys of the records that fail validation, to look for earlier versions of them. */
  async unreadableIds(): Promise<string[]> {
    const all = await withTimeout(
      entries<IDBValidKey, unknown>(this.#store),
      STORAGE_TIMEOUT_MS,
      'IndexedDB',
    );
    return all.filter(([, record]) => readRecord(record) === null).map(([key]) => String(key));
  }

  async load(id: string): Promise<StoredPlan | null> {
    const record = await get<unknown>(id, this.#store);
    this.#noticeRecord(record);
    return readRecord(record);
  }

  /**
   * Writes the whole plan as one record, only if the stored record is still at `previousRevision`
   * (-1: none yet) — compare-and-set in one transaction, so a stale tab never overwrites newer work
   * and an unreadable record is never overwritten. Resolves once the write has been read back.
   */
  async save(id: string, plan: Plan, previousRevision = -1): Promise<StoredPlan> {
    if (this.#newerVersion) throw new NewerAppVersion(this.#newerVersion);
    const savedAt = this.#now();
    // Plans reach here only through the schema (imports, execute()); re-validating 5,000 items on
    // every autosave would block the main thread, and a record that somehow fails is kept aside on load.
    const file: PlanEnvelope = {
      type: FILE_TYPE,
      version: FORMAT_VERSION,
      appVersion: this.#appVersion,
      exportedAt: savedAt.toISOString(),
      plan,
    };
    const record: PlanRecord = {
      id,
      revision: previousRevision + 1,
      savedAt: savedAt.toISOString(),
      file,
    };
    let previous: unknown;
    await update(
      id,
      (old) => {
        previous = old;
        this.#noticeRecord(old);
        if (this.#newerVersion) throw new NewerAppVersion(this.#newerVersion);
        const found =
          old === undefined ? -1 : (planRecordSchema.safeParse(old).data?.revision ?? 'unreadable');
        if (found !== previousRevision) throw new RevisionConflict(id, previousRevision, found);
        return record;
      },
      this.#store,
    );
    const back = planRecordSchema.safeParse(await get<unknown>(id, this.#store));
    if (
      !back.success ||
      back.data.revision !== record.revision ||
      back.data.savedAt !== record.savedAt
    ) {
      throw new WriteNotConfirmed(`Plan ${id} did not read back at revision ${record.revision}`);
    }
    await this.#keepBackup(id, previous, savedAt, false);
    return { id, revision: record.revision, savedAt, plan: file.plan };
  }

  /** Copies the stored revision into the ring now, whatever the interval: before a restore. */
  async keepCurrentVersion(id: string): Promise<void> {
    await this.#keepBackup(id, await get<unknown>(id, this.#store), this.#now(), true);
  }

  /** Drops the earlier versions of plans that are no longer stored (deleted, even in another tab). */
  async forgetDeletedBackups(): Promise<void> {
    const ids = await keys(this.#store);
    await this.backups?.removeOrphans(new Set(ids.map(String)));
  }

  /** A copy that cannot be kept never fails the save itself: the plan is safe, only the ring is not. */
  async #keepBackup(id: string, old: unknown, now: Date, always: boolean): Promise<void> {
    const backups = this.backups;
    if (!backups || old === undefined) return;
    try {
      await backups.keepRecord(id, old, now, always);
    } catch (error) {
      console.warn('Tiekartta: an earlier version could not be kept', error);
    }
  }

  async delete(id: string): Promise<void> {
    await del(id, this.#store);
  }
}

function readRecord(value: unknown): StoredPlan | null {
  const record = planRecordSchema.safeParse(value);
  if (!record.success) return null;
  const parsed = checkPlanValue(record.data.file);
  if (!parsed.ok) return null;
  const { id, revision, savedAt } = record.data;
  return { id, revision, savedAt: new Date(savedAt), plan: parsed.plan };
}
