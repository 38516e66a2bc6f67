import type { Command } from '../domain/commands';
import { titleSchema, type Plan } from '../domain/planSchema';
import type { EditJournal } from '../persistence/editJournal';
import { LibraryLedger, type LedgerEntry } from '../persistence/libraryLedger';
import { MemoryRepository, type PlanStore } from '../persistence/memoryRepository';
import type { StoredPlan } from '../persistence/planRepository';
import { liveTabs } from '../persistence/tabLiveness';
import { sortSummaries, summarize, type LibrarySummary } from './librarySummary';
import { locale } from './locale.svelte';
import type { Notice } from './notice';
import type { LibraryEdits } from './libraryEdits';
import type { SampleName } from './samples';

/** What the library needs of the app around it: the open plan, notices, the other tabs. */
/** How long after the start the earlier versions of deleted plans are dropped, in ms. */
const TIDY_AFTER_MS = 5_000;

export interface LibraryHost {
  readonly open: { readonly id: string; readonly plan: Plan; flush(): Promise<void> } | null;
  readonly notice: Notice | null;
  notify(notice: Notice | null): void;
  exec(command: Command): boolean;
  closePlan(): Promise<void>;
  addAndOpen(plan: Plan): Promise<string>;
  /** A save this tab made: the other tabs are told. */
  saved(stored: StoredPlan): void;
  /** A plan this tab deleted: the other tabs and the export log are told. */
  deleted(id: string): void;
}

export interface LibraryOptions {
  repository: PlanStore;
  /** A sample plan's file text (the county's 2022 roadmap by default), loaded on demand. */
  loadSample: (sample?: SampleName) => Promise<string>;
  /** Where closed tabs left their unsaved edits; null: nowhere. */
  journal: EditJournal | null;
  /** The ids of the tabs running now (Web Locks by default): their journals are not orphans. */
  liveTabs?: () => Promise<ReadonlySet<string> | null>;
  /** What the library held, kept outside IndexedDB to notice plans the browser wiped. */
  ledger?: LibraryLedger;
}

/** The stored plans: listed, created, renamed, copied, deleted and put back. */
export class Library {
  summaries = $state.raw<LibrarySummary[]>([]);
  unreadable = $state(0);
  loaded = $state(false);
  /** 'unavailable' when IndexedDB refused or never answered: plans then live only in this tab. */
  storage = $state<'ok' | 'unavailable'>('ok');
  /** Plans this browser held before that storage no longer has: said once, at start. */
  vanished = $state.raw<LedgerEntry[]>([]);
  #repository: PlanStore;
  readonly #host: LibraryHost;
  readonly #options: LibraryOptions;
  readonly #ledger: LibraryLedger;

  constructor(host: LibraryHost, options: LibraryOptions) {
    this.#host = host;
    this.#options = options;
    this.#repository = options.repository;
    this.#ledger = options.ledger ?? new LibraryLedger();
  }

  get repository(): PlanStore {
    return this.#repository;
  }

  /**
   * Lists the library, after putting back what closed tabs left unsaved; resolves to the plan the
   * last of those was editing, if any.
   */
  async load(): Promise<string | undefined> {
    let listing = await this.#listOrFallBack();
    const replayed = this.storage === 'ok' ? await this.#replayJournal() : null;
    if (replayed) listing = await this.repository.list();
    this.#setSummaries(listing.plans);
    this.unreadable = listing.unreadable;
    await this.#noticeVanished(listing.plans, listing.unreadable);
    this.loaded = true;
    // Tidying the ring of earlier versions waits: nothing on the first screen reads it.
    setTimeout(
      () => void this.repository.forgetDeletedBackups().catch(() => undefined),
      TIDY_AFTER_MS,
    );
    return replayed?.at(-1)?.stored.id;
  }

  async #listOrFallBack() {
    try {
      return await this.repository.list();
    } catch {
      // Private windows, policies and broken profiles: keep working in memory and say so.
      this.#repository = new MemoryRepository();
      this.storage = 'unavailable';
      return this.repository.list();
    }
  }

  /** Puts back the edits of tabs that closed before their save committed; null when there were none. */
  async #replayJournal() {
    const journal = this.#options.journal;
    if (!journal) return null;
    const live = await (this.#options.liveTabs ?? liveTabs)();
    if (!live || journal.orphans(live).length === 0) return null;
    // Only a start after a tab died mid-save has anything to put back.
    const { replayJournal } = await import('./journalReplay');
    const copyTitle = (title: string) => locale.t('library.recoveredTitle', { title });
    const replayed = await replayJournal(journal, this.repository, live, copyTitle);
    if (!replayed.length) return null;
    for (const { stored } of replayed) this.announce(stored);
    const titles = (outcome: 'restored' | 'copy') =>
      replayed.filter((r) => r.outcome === outcome).map((r) => r.title);
    this.#host.notify({
      kind: 'journalReplayed',
      restored: titles('restored'),
      copies: titles('copy'),
    });
    return replayed;
  }

  /** Plans the ledger remembers that storage no longer has are named once, then forgotten. */
  async #noticeVanished(plans: StoredPlan[], unreadable: number): Promise<void> {
    if (this.storage !== 'ok') return;
    const unreadableIds = unreadable ? await this.repository.unreadableIds() : [];
    const stored = plans.map((p) => ({ id: p.id, title: p.plan.title }));
    this.vanished = this.#ledger.settle(stored, unreadableIds);
  }

  dismissVanished(): void {
    this.vanished = [];
  }

  async refresh(): Promise<void> {
    const listing = await this.repository.list();
    this.#setSummaries(listing.plans);
    this.unreadable = listing.unreadable;
  }

  /** A stored plan, to open; one that cannot be read is reported, never a silent no-op. */
  async read(id: string): Promise<StoredPlan | null> {
    const title = this.summaries.find((s) => s.id === id)?.title ?? id;
    const stored = await this.repository.load(id);
    if (stored) return stored;
    await this.refresh();
    const missing = !this.summaries.some((s) => s.id === id) && this.unreadable === 0;
    this.#host.notify({ kind: 'openFailed', title, missing });
    return null;
  }

  /** The plan as it is now: the open one as edited here, any other as stored. */
  async currentPlan(id: string): Promise<Plan | undefined> {
    const open = this.#host.open;
    if (open?.id === id) return open.plan;
    return (await this.repository.load(id))?.plan;
  }

  /** Stores a new plan and lists it; a refusal (a full disk) is thrown to the caller. */
  async add(id: string, plan: Plan): Promise<StoredPlan> {
    const stored = await this.repository.save(id, plan);
    this.announce(stored);
    return stored;
  }

  async createPlan(kind: 'template' | 'blank'): Promise<void> {
    const { newPlan } = await import('./newPlan');
    await this.#host.addAndOpen(newPlan(kind));
  }

  /** A new plan from one of the sample plans (the county's 2022 roadmap by default). */
  async createFromSample(sample?: SampleName): Promise<void> {
    // The file reader comes with the sample's text: a returning user's first screen needs neither.
    const [{ parsePlanText }, text] = await Promise.all([
      import('../io/parsePlanFile'),
      this.#options.loadSample(sample),
    ]);
    const parsed = parsePlanText(text);
    if (!parsed.ok) throw new Error(`The bundled sample plan is invalid: ${parsed.error.code}`);
    await this.#host.addAndOpen(parsed.plan);
  }

  /** Renames a plan; a title the schema refuses is reported back and never stored. */
  async rename(id: string, title: string): Promise<boolean> {
    const open = this.#host.open;
    // The open plan's title is an edit like any other, made at once: its save follows.
    if (open?.id !== id)
      return (await import('./libraryEdits')).renamePlan(this.#edits(), id, title);
    const done =
      titleSchema.safeParse(title).success &&
      this.#host.exec({ type: 'plan/update', changes: { title } });
    await open.flush();
    return done;
  }

  async duplicate(id: string): Promise<void> {
    return (await import('./libraryEdits')).duplicatePlan(this.#edits(), id);
  }

  /** Deletes at once and offers an undo that puts the very same record back. */
  async remove(id: string): Promise<void> {
    return (await import('./libraryEdits')).removePlan(this.#edits(), id);
  }

  async undoDelete(): Promise<void> {
    return (await import('./libraryEdits')).undoDelete(this.#edits());
  }

  /** What the edits of the list, loaded when first used, work with. */
  #edits(): LibraryEdits {
    return { library: this, host: this.#host, ledger: this.#ledger };
  }

  /** A save this tab made: the library list, the ledger and the other tabs hear of it. */
  announce(saved: StoredPlan): void {
    this.listed(saved);
    this.#host.saved(saved);
  }

  /** A plan stored, by this tab or another: listed, and remembered by the ledger. */
  listed(stored: StoredPlan): void {
    if (this.storage === 'ok') this.#ledger.remember(stored.id, stored.plan.title);
    const others = this.summaries.filter((s) => s.id !== stored.id);
    this.summaries = sortSummaries([...others, summarize(stored)]);
  }

  unlisted(id: string): void {
    this.summaries = this.summaries.filter((s) => s.id !== id);
  }

  #setSummaries(plans: StoredPlan[]): void {
    this.summaries = sortSummaries(plans.map(summarize));
  }
}
