import type { Plan } from '../domain/planSchema';
import type { LibraryListing, StoredPlan } from './planRepository';
import type { Backups } from './lazyBackupRing';
import { RevisionConflict } from './storageErrors';

/** Where plans live for the tab when IndexedDB cannot be used: lost on reload, as the banner says. */
export class MemoryRepository {
  readonly #plans = new Map<string, StoredPlan>();

  async list(): Promise<LibraryListing> {
    return { plans: [...this.#plans.values()], unreadable: 0 };
  }

  async load(id: string): Promise<StoredPlan | null> {
    return this.#plans.get(id) ?? null;
  }

  async save(id: string, plan: Plan, previousRevision = -1): Promise<StoredPlan> {
    const found = this.#plans.get(id)?.revision ?? -1;
    if (found !== previousRevision) throw new RevisionConflict(id, previousRevision, found);
    const stored = { id, revision: previousRevision + 1, savedAt: new Date(), plan };
    this.#plans.set(id, stored);
    return stored;
  }

  async unreadableRecords(): Promise<unknown[]> {
    return [];
  }

  async unreadableIds(): Promise<string[]> {
    return [];
  }

  async delete(id: string): Promise<void> {
    this.#plans.delete(id);
  }

  /** Nothing here is shared with other tabs, so no other version can write over it. */
  get newerVersion(): string | null {
    return null;
  }

  noticeVersion(): void {}

  /** Earlier versions are kept only where plans themselves are. */
  readonly backups = null;

  async keepCurrentVersion(): Promise<void> {}

  async forgetDeletedBackups(): Promise<void> {}
}

/** What the app needs of a plan library, in IndexedDB or in memory. */
export type PlanStore = Pick<
  MemoryRepository,
  | 'list'
  | 'load'
  | 'save'
  | 'delete'
  | 'unreadableRecords'
  | 'newerVersion'
  | 'forgetDeletedBackups'
  | 'unreadableIds'
> & {
  noticeVersion(version: string): void;
  keepCurrentVersion(id: string): Promise<void>;
  readonly backups: Backups | null;
};
