import { clear, createStore, delMany, get, keys, set, update, type UseStore } from 'idb-keyval';
import type { Plan } from '../domain/planSchema';
import { z } from 'zod/mini';
import {
  BACKUP_POLICY,
  backupDue,
  backupIndexSchema,
  pruneRing,
  type BackupEntry,
  type BackupPolicy,
} from './backupPolicy';
import { planRecordSchema } from './planRecord';

export const BACKUP_DB_NAME = 'tiekartta-backups';

const indexKey = (planId: string) => `index/${planId}`;
const copyKey = (planId: string, revision: number) => `copy/${planId}/${revision}`;
const planIdOf = (key: IDBValidKey) => String(key).split('/')[1] ?? '';

/** A revision to copy into the ring: the record's file text and what the list shows of it. */
export interface BackupSource {
  revision: number;
  savedAt: string;
  title: string;
  items: number;
  /** The plan file, exactly as an export would write it. */
  text: string;
}

const listedFacts = z.looseObject({
  plan: z.looseObject({ title: z.string(), items: z.array(z.unknown()) }),
});

/**
 * What to copy of a stored record. Only the list's facts are read here, cheaply: the copy is
 * checked in full, like any file, when it is restored.
 */
export function backupSource(record: unknown): BackupSource | null {
  const parsed = planRecordSchema.safeParse(record);
  const facts = listedFacts.safeParse(parsed.data?.file);
  if (!parsed.success || !facts.success) return null;
  return {
    revision: parsed.data.revision,
    savedAt: parsed.data.savedAt,
    title: facts.data.plan.title.slice(0, 200),
    items: facts.data.plan.items.length,
    text: `${JSON.stringify(parsed.data.file, null, 2)}\n`,
  };
}

/**
 * Earlier revisions of each plan, in a database of their own so the library never reads them:
 * a newest-first index per plan, and one copy per revision, pruned by count and size.
 */
export class BackupRing {
  readonly #store: UseStore;
  readonly #policy: BackupPolicy;
  /** Each plan's newest copy, as far as this tab knows: spares a read at every save. */
  readonly #newest = new Map<string, BackupEntry | undefined>();

  constructor(options: { store?: UseStore; policy?: BackupPolicy } = {}) {
    this.#store = options.store ?? createStore(BACKUP_DB_NAME, 'copies');
    this.#policy = options.policy ?? BACKUP_POLICY;
  }

  /** Newest first; an index that fails its schema counts as empty and is rebuilt by the next copy. */
  async list(planId: string): Promise<BackupEntry[]> {
    const index = await get<unknown>(indexKey(planId), this.#store);
    const entries = backupIndexSchema.safeParse(index).data ?? [];
    this.#newest.set(planId, entries[0]);
    return entries;
  }

  async isDue(planId: string, now: Date): Promise<boolean> {
    const newest = this.#newest.has(planId)
      ? this.#newest.get(planId)
      : (await this.list(planId))[0];
    return backupDue(newest, now, this.#policy);
  }

  /** Copies a stored record in when one is due (or `always`); a record it cannot read is skipped. */
  async keepRecord(planId: string, record: unknown, keptAt: Date, always: boolean): Promise<void> {
    if (!always && !(await this.isDue(planId, keptAt))) return;
    const source = backupSource(record);
    if (source) await this.add(planId, source, keptAt);
  }

  /** Copies a revision in and drops what the policy no longer keeps. */
  async add(planId: string, source: BackupSource, keptAt: Date): Promise<void> {
    const { text, ...facts } = source;
    const entry: BackupEntry = { ...facts, keptAt: keptAt.toISOString(), bytes: text.length * 2 };
    await set(copyKey(planId, entry.revision), text, this.#store);
    let dropped: BackupEntry[] = [];
    await update(
      indexKey(planId),
      (old: unknown) => {
        const others = (backupIndexSchema.safeParse(old).data ?? []).filter(
          (e) => e.revision !== entry.revision,
        );
        const { keep, drop } = pruneRing([entry, ...others], this.#policy);
        dropped = drop;
        this.#newest.set(planId, keep[0]);
        return keep;
      },
      this.#store,
    );
    await delMany(
      dropped.map((e) => copyKey(planId, e.revision)),
      this.#store,
    );
  }

  /** The plan as it was at that revision, through the same checks as any file; null if gone or bad. */
  async load(planId: string, revision: number): Promise<Plan | null> {
    const text = await get<unknown>(copyKey(planId, revision), this.#store);
    if (typeof text !== 'string') return null;
    // The file reader is needed only when a version is restored, never at start.
    const { parsePlanText } = await import('../io/parsePlanFile');
    const parsed = parsePlanText(text);
    return parsed.ok ? parsed.plan : null;
  }

  /** The file text of a kept revision, for export as it is. */
  async text(planId: string, revision: number): Promise<string | null> {
    const text = await get<unknown>(copyKey(planId, revision), this.#store);
    return typeof text === 'string' ? text : null;
  }

  /** Drops every copy of every plan: what a full disk can spare first. */
  async clear(): Promise<void> {
    await clear(this.#store);
    this.#newest.clear();
  }

  /** Forgets the copies of plans no longer in the library, and copies no index names. */
  async removeOrphans(livePlanIds: ReadonlySet<string>): Promise<void> {
    const all = await keys(this.#store);
    const listed = new Set<string>();
    for (const key of all.filter((k) => String(k).startsWith('index/'))) {
      const planId = planIdOf(key);
      if (!livePlanIds.has(planId)) continue;
      for (const entry of await this.list(planId)) listed.add(copyKey(planId, entry.revision));
    }
    const orphans = all.filter((key) => {
      const planId = planIdOf(key);
      if (!livePlanIds.has(planId)) return true;
      return String(key).startsWith('copy/') && !listed.has(String(key));
    });
    if (orphans.length) await delMany(orphans, this.#store);
  }
}
