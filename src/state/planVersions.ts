import type { Command } from '../domain/commands';
import type { Plan } from '../domain/planSchema';
import type { BackupEntry } from '../persistence/backupPolicy';
import type { PlanStore } from '../persistence/memoryRepository';
import { locale } from './locale.svelte';
import type { Notice } from './notice';

export type { BackupEntry } from '../persistence/backupPolicy';

/** What the earlier versions need of the app: the open plan, storage, edits and notices. */
export interface VersionsHost {
  readonly open: { readonly id: string; flush(): Promise<void> } | null;
  readonly repository: PlanStore;
  notify(notice: Notice): void;
  exec(command: Command): boolean;
  /** Asks first when the plan is confidential; false: the user declined. */
  confirmExport(plan: Plan): boolean;
  addAndOpen(plan: Plan): Promise<string>;
}

/** The open plan's earlier versions, kept by the repository's ring: list, restore, export. */
export class PlanVersions {
  readonly #app: VersionsHost;

  constructor(app: VersionsHost) {
    this.#app = app;
  }

  /** Newest first; none where storage is unavailable. */
  async list(): Promise<BackupEntry[]> {
    const { open, repository } = this.#app;
    return open && repository.backups ? repository.backups.list(open.id) : [];
  }

  /** An earlier version of the open plan, to compare with; null when it cannot be read. */
  async load(entry: BackupEntry): Promise<Plan | null> {
    const open = this.#app.open;
    const plan = open && (await this.#app.repository.backups?.load(open.id, entry.revision));
    if (!plan) this.#unreadable();
    return plan || null;
  }

  /** Puts an earlier version back as one undoable edit, after keeping the version it replaces. */
  async restore(entry: BackupEntry): Promise<boolean> {
    const app = this.#app;
    const open = app.open;
    const plan = open && (await app.repository.backups?.load(open.id, entry.revision));
    if (!open || !plan) return this.#unreadable();
    await open.flush();
    await app.repository.keepCurrentVersion(open.id);
    const done = app.exec({ type: 'plan/restore', plan, savedAt: entry.savedAt });
    if (done) app.notify({ kind: 'restored', savedAt: entry.savedAt });
    return done;
  }

  /** Downloads an earlier version as the file it was, without opening it. */
  async export(entry: BackupEntry): Promise<void> {
    const id = this.#app.open?.id;
    const ring = this.#app.repository.backups;
    const text = id && (await ring?.text(id, entry.revision));
    const plan = id && (await ring?.load(id, entry.revision));
    if (!text || !plan) return void this.#unreadable();
    if (!this.#app.confirmExport(plan)) return;
    const [{ downloadText }, { planFileName }] = await Promise.all([
      import('../io/download'),
      import('../io/fileName'),
    ]);
    downloadText(planFileName(plan.title, plan.asOf), text);
  }

  /** The newest earlier version of each stored record that can no longer be read. */
  async recoverable(): Promise<{ planId: string; entry: BackupEntry }[]> {
    const { repository } = this.#app;
    const ring = repository.backups;
    if (!ring) return [];
    const found = [];
    for (const planId of await repository.unreadableIds()) {
      const [entry] = await ring.list(planId);
      if (entry) found.push({ planId, entry });
    }
    return found;
  }

  /** Opens an earlier version of an unreadable record as a new plan; the record stays as it is. */
  async recover(planId: string, entry: BackupEntry): Promise<void> {
    const plan = await this.#app.repository.backups?.load(planId, entry.revision);
    if (!plan) return void this.#unreadable();
    const title = locale.t('library.recoveredTitle', { title: plan.title }).slice(0, 200);
    await this.#app.addAndOpen({ ...plan, title });
  }

  /** On a full disk: drops the earlier versions of every plan and saves the open one at once. */
  async freeSpace(): Promise<void> {
    await this.#app.repository.backups?.clear();
    this.#app.notify({ kind: 'versionsCleared' });
    await this.#app.open?.flush();
  }

  #unreadable(): false {
    this.#app.notify({ kind: 'versionUnreadable' });
    return false;
  }
}
