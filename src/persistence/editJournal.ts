import { z } from 'zod/mini';
import { planSchema, type Plan } from '../domain/planSchema';
import { keysWithPrefix, read, remove, tryWrite } from './localStore';
import { planJson } from './planJson';

const PREFIX = 'tiekartta.journal.';
const keyOf = (tabId: string, planId: string) => `${PREFIX}${tabId}.${planId}`;
const tabOf = (key: string) => key.slice(PREFIX.length).split('.')[0] ?? '';

const journalEntrySchema = z.strictObject({
  tabId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  planId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** The stored revision the edit was made on; -1 for a plan not yet stored. */
  baseRevision: z.int().check(z.minimum(-1)),
  /** When that revision was saved: a revision number alone recurs after storage is wiped. */
  baseSavedAt: z.nullable(z.iso.datetime()),
  at: z.iso.datetime(),
  plan: planSchema,
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/**
 * The open plan's latest edit, written synchronously to localStorage on every change and removed
 * once IndexedDB has it: a tab that dies before its write commits (the browser closed, a crash,
 * logging out) leaves this behind, and the next start puts it back.
 */
export class EditJournal {
  readonly tabId: string;
  readonly #now: () => Date;

  constructor(tabId: string, now: () => Date = () => new Date()) {
    this.tabId = tabId;
    this.#now = now;
  }

  /** Keeps the plan as it is now; where localStorage refuses, the stale entry goes rather than lies. */
  record(planId: string, base: { revision: number; savedAt: Date | null }, plan: Plan): void {
    const entry = {
      tabId: this.tabId,
      planId,
      baseRevision: base.revision,
      baseSavedAt: base.savedAt?.toISOString() ?? null,
      at: this.#now().toISOString(),
    };
    const key = keyOf(this.tabId, planId);
    const text = `${JSON.stringify(entry).slice(0, -1)},"plan":${planJson(plan)}}`;
    if (!tryWrite(key, text)) remove(key);
  }

  /** Storage has this tab's latest edit of the plan. */
  clear(planId: string): void {
    remove(keyOf(this.tabId, planId));
  }

  /**
   * Entries left by tabs that are no longer running, oldest first. An entry that fails its schema
   * is dropped: it could only ever restore a plan the app would refuse.
   */
  orphans(liveTabs: ReadonlySet<string>): JournalEntry[] {
    const found: JournalEntry[] = [];
    for (const key of keysWithPrefix(PREFIX)) {
      const tab = tabOf(key);
      if (tab === this.tabId || liveTabs.has(tab)) continue;
      const entry = parseEntry(read(key));
      if (entry && key === keyOf(entry.tabId, entry.planId)) found.push(entry);
      else remove(key);
    }
    return found.sort((a, b) => a.at.localeCompare(b.at));
  }

  /** An orphan has been put back (or was already stored). */
  forget(entry: JournalEntry): void {
    remove(keyOf(entry.tabId, entry.planId));
  }
}

function parseEntry(text: string | null): JournalEntry | null {
  if (text === null) return null;
  try {
    return journalEntrySchema.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    return null;
  }
}
