import { z } from 'zod/mini';
import { readJson, write } from './localStore';

const LEDGER_KEY = 'tiekartta.library';
const MAX_ENTRIES = 2_000;

const ledgerSchema = z
  .array(
    z.strictObject({
      id: z.string().check(z.maxLength(64)),
      title: z.string().check(z.maxLength(200)),
    }),
  )
  .check(z.maxLength(MAX_ENTRIES));
export type LedgerEntry = z.infer<typeof ledgerSchema>[number];

/**
 * What the library held, kept outside IndexedDB (in localStorage), so that plans the browser
 * wiped between visits can be named instead of silently missing. Changes are read-modify-write,
 * so one tab never drops what another added.
 */
export class LibraryLedger {
  entries(): LedgerEntry[] {
    return readJson(LEDGER_KEY, ledgerSchema) ?? [];
  }

  remember(id: string, title: string): void {
    const others = this.entries().filter((e) => e.id !== id);
    this.#write([...others, { id, title: title.slice(0, 200) }]);
  }

  forget(id: string): void {
    const entries = this.entries();
    if (entries.some((e) => e.id === id)) this.#write(entries.filter((e) => e.id !== id));
  }

  /**
   * The remembered plans that storage no longer has; from then on the ledger holds what storage
   * holds, so a loss is announced once. Unreadable records are still there and stay remembered.
   */
  settle(stored: readonly LedgerEntry[], unreadableIds: readonly string[]): LedgerEntry[] {
    const remembered = this.entries();
    const there = new Set([...stored.map((e) => e.id), ...unreadableIds]);
    const unreadable = remembered.filter((e) => unreadableIds.includes(e.id));
    this.#write([...unreadable, ...stored]);
    return remembered.filter((e) => !there.has(e.id));
  }

  #write(entries: LedgerEntry[]): void {
    write(LEDGER_KEY, JSON.stringify(entries.slice(-MAX_ENTRIES)));
  }
}
