import { z } from 'zod';
import { readJson, write } from './localStore';

const LEDGER_KEY = 'tiekartta.library';
const MAX_ENTRIES = 2_000;

const ledgerSchema = z
  .array(z.strictObject({ id: z.string().max(64), title: z.string().max(200) }))
  .max(MAX_ENTRIES);
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

  /** The remembered plans that storage no longer has. */
  vanished(storedIds: readonly string[]): LedgerEntry[] {
    const stored = new Set(storedIds);
    return this.entries().filter((e) => !stored.has(e.id));
  }

  /** Starts over from what storage holds now: a loss is announced once. */
  reset(plans: readonly LedgerEntry[]): void {
    this.#write(plans.slice(-MAX_ENTRIES));
  }

  #write(entries: LedgerEntry[]): void {
    write(LEDGER_KEY, JSON.stringify(entries.slice(-MAX_ENTRIES)));
  }
}
