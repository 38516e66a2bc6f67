import type { Command } from '../domain/commands';
import { localCalendarDate } from '../domain/calendarDate';
import { newId } from '../domain/ids';
import { createBlankPlan, createTemplatePlan } from '../domain/planFactory';
import { titleSchema, type Plan } from '../domain/planSchema';
import { downloadText } from '../io/download';
import type { PlanFileHandle } from '../io/fileAccess';
import { parsePlanText } from '../io/parsePlanFile';
import { toPlanIssues } from '../io/planIssues';
import { readPlanFile } from '../io/readPlanFile';
import { EditJournal } from '../persistence/editJournal';
import { LibraryLedger, type LedgerEntry } from '../persistence/libraryLedger';
import { MemoryRepository, type PlanStore } from '../persistence/memoryRepository';
import { holdTabLock, liveTabs } from '../persistence/tabLiveness';
import type { StoredPlan } from '../persistence/planRepository';
import { loadSession, saveSession } from '../persistence/preferences';
import { sortSummaries, summarize, type LibrarySummary } from './librarySummary';
import { systemClock } from './clock';
import { locale } from './locale.svelte';
import type { Notice } from './notice';
import { ExportTracker } from './exportTracker.svelte';
import type { ExportReminder } from './exportReminder';
import { OpenPlan } from './openPlan.svelte';
import { PlanFiles } from './planFiles';
import { PlanVersions } from './planVersions';
import { replayJournal } from './journalReplay';
import { TabSync, type TabChannel } from './tabSync';
import type { SampleName } from './samples';

export interface AppOptions {
  repository: PlanStore;
  /** A sample plan's file text (the county's 2022 roadmap by default), loaded on demand. */
  loadSample: (sample?: SampleName) => Promise<string>;
  appVersion: string;
  /** The clock written into exported files; tests pass a fixed one. */
  now?: () => Date;
  /** Asks the user a yes/no question (window.confirm by default). */
  confirm?: (message: string) => boolean;
  /** How tabs tell each other of saves; a BroadcastChannel by default, a fake in tests. */
  channel?: TabChannel | null;
  /** Where each edit is written at once, for a tab that dies before its save; null: nowhere. */
  journal?: EditJournal | null;
  /** The ids of the tabs running now (Web Locks by default): their journals are not orphans. */
  liveTabs?: () => Promise<ReadonlySet<string> | null>;
  /** What the library held, kept outside IndexedDB to notice plans the browser wiped. */
  ledger?: LibraryLedger;
}

export { TAB_CHANNEL, type TabChannel } from './tabSync';

/** The library and the open plan: what the screens show and every action they offer. */
export class AppState {
  summaries = $state.raw<LibrarySummary[]>([]);
  unreadable = $state(0);
  loaded = $state(false);
  open = $state.raw<OpenPlan | null>(null);
  notice = $state.raw<Notice | null>(null);
  /** Presentation mode: the open plan full screen, read-only. */
  presenting = $state(false);
  /** The print view of the open plan. */
  printing = $state(false);
  /**
   * The browser's answer to keeping this site's storage (navigator.storage.persist), asked after
   * the first save: 'granted', 'denied', or 'unknown' before asking or where the API is missing.
   */
  persistence = $state<'granted' | 'denied' | 'unknown'>('unknown');
  /** 'unavailable' when IndexedDB refused or never answered: plans then live only in this tab. */
  storage = $state<'ok' | 'unavailable'>('ok');
  /** The newer app version that has written this browser's plans; this tab then writes nothing. */
  outdated = $state<string | null>(null);
  /** Plans this browser held before that storage no longer has: said once, at start. */
  vanished = $state.raw<LedgerEntry[]>([]);
  readonly #options: AppOptions;
  readonly #journal: EditJournal | null;
  readonly #ledger: LibraryLedger;
  #repository: PlanStore;
  /** The other tabs of this app: their saves followed, this tab's told. */
  readonly #tabs: TabSync;

  /** When each plan was last exported, for the reminder to export. */
  readonly exports: ExportTracker;
  /** The open plan's earlier versions. */
  readonly versions: PlanVersions;
  /** The open plan going out: the plan file, pictures, sharing, saving back to its file. */
  readonly files: PlanFiles;

  constructor(options: AppOptions) {
    this.#options = options;
    this.exports = new ExportTracker(options.now ?? systemClock);
    this.files = new PlanFiles(this, options);
    this.#repository = options.repository;
    this.#ledger = options.ledger ?? new LibraryLedger();
    this.#journal = options.journal === undefined ? this.#ownJournal() : options.journal;
    // The rooms see the app through narrow ports, never the whole of it; the getters read the
    // app's current fields (its repository changes when IndexedDB fails).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const app = this;
    this.versions = new PlanVersions({
      get open() {
        return app.open;
      },
      get repository() {
        return app.repository;
      },
      notify: (notice) => (app.notice = notice),
      exec: (command) => app.exec(command),
      confirmExport: (plan) => app.files.confirmExport(plan),
      addAndOpen: (plan) => app.addAndOpen(plan),
    });
    this.#tabs = new TabSync(
      {
        get repository() {
          return app.repository;
        },
        get open() {
          return app.open;
        },
        get outdated() {
          return app.outdated;
        },
        checkVersion: () => app.#checkVersion(),
        listed: (stored) => app.#upsertSummary(stored),
        unlisted: (id) => (app.summaries = app.summaries.filter((s) => s.id !== id)),
        announce: (saved) => app.#announce(saved),
        notify: (notice) => (app.notice = notice),
        addAndOpen: (plan) => app.addAndOpen(plan),
      },
      options.appVersion,
      options.channel,
    );
  }

  /** This tab's journal, with the lock that tells other tabs it is still running. */
  #ownJournal(): EditJournal {
    const journal = new EditJournal(newId('tab'), this.#options.now ?? systemClock);
    holdTabLock(journal.tabId);
    return journal;
  }

  get repository(): PlanStore {
    return this.#repository;
  }

  /** Never leaves the screen on "Loading…": whatever fails, the app opens and says what happened. */
  async start(): Promise<void> {
    try {
      await this.#start();
    } catch (error) {
      this.loaded = true;
      this.notice = { kind: 'startFailed', reason: String((error as Error)?.message ?? error) };
    }
  }

  async #start(): Promise<void> {
    let listing = await this.#listOrFallBack();
    const replayed = this.storage === 'ok' ? await this.#replayJournal() : null;
    if (replayed) listing = await this.repository.list();
    const plans = listing.plans;
    this.#setSummaries(plans);
    this.unreadable = listing.unreadable;
    await this.#noticeVanished(plans, listing.unreadable);
    this.loaded = true;
    this.#checkVersion();
    void this.repository.forgetDeletedBackups().catch(() => undefined);
    const firstStart = plans.length === 0 && listing.unreadable === 0;
    // An empty library opens the sample (beside the word on what vanished, if anything did); a
    // sample that cannot be stored (a full disk) opens in memory.
    if (firstStart) return void (await this.addAndOpen(await this.#samplePlan()));
    const { openPlanId } = loadSession();
    const wanted = replayed?.at(-1)?.stored.id ?? plans.find((p) => p.id === openPlanId)?.id;
    if (wanted) await this.openPlan(wanted);
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
    if (!this.#journal) return null;
    const live = await (this.#options.liveTabs ?? liveTabs)();
    if (!live) return null;
    const copyTitle = (title: string) => locale.t('library.recoveredTitle', { title });
    const replayed = await replayJournal(this.#journal, this.repository, live, copyTitle);
    if (!replayed.length) return null;
    for (const { stored } of replayed) this.#announce(stored);
    const titles = (outcome: 'restored' | 'copy') =>
      replayed.filter((r) => r.outcome === outcome).map((r) => r.title);
    this.notice = { kind: 'journalReplayed', restored: titles('restored'), copies: titles('copy') };
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

  async #samplePlan(sample?: SampleName): Promise<Plan> {
    const parsed = parsePlanText(await this.#options.loadSample(sample));
    if (!parsed.ok) throw new Error(`The bundled sample plan is invalid: ${parsed.error.code}`);
    return parsed.plan;
  }

  async refresh(): Promise<void> {
    const listing = await this.repository.list();
    this.#setSummaries(listing.plans);
    this.unreadable = listing.unreadable;
  }

  /** Opens a stored plan; one that cannot be read is reported, never a silent no-op. */
  async openPlan(id: string): Promise<void> {
    await this.closePlan();
    const title = this.summaries.find((s) => s.id === id)?.title ?? id;
    const stored = await this.repository.load(id);
    if (!stored) {
      await this.refresh();
      const missing = !this.summaries.some((s) => s.id === id) && this.unreadable === 0;
      this.notice = { kind: 'openFailed', title, missing };
      return;
    }
    this.#show(stored);
  }

  /** Opens a plan just stored: it has passed the schema already, so it is not read back again. */
  async #openStored(stored: StoredPlan): Promise<void> {
    await this.closePlan();
    this.#show(stored);
  }

  #show(stored: StoredPlan): void {
    this.open = this.#openPlanOf(stored);
    saveSession({ openPlanId: stored.id });
    this.exports.arrived(stored.id);
    this.#checkVersion();
  }

  #openPlanOf(stored: StoredPlan): OpenPlan {
    const onSaved = (saved: StoredPlan) => {
      this.#announce(saved);
      void this.#askToPersist();
    };
    const journal = this.storage === 'ok' ? this.#journal : null;
    return new OpenPlan(stored, this.repository, onSaved, journal);
  }

  /** A save this tab made: the library list, the ledger and the other tabs hear of it. */
  #announce(saved: StoredPlan): void {
    this.#upsertSummary(saved);
    this.#tabs.saved(saved);
  }

  async closePlan(): Promise<void> {
    const current = this.open;
    if (!current) return;
    await current.flush();
    current.dispose();
    this.open = null;
    saveSession({ openPlanId: null });
  }

  async createPlan(kind: 'template' | 'blank'): Promise<void> {
    const t = locale.t;
    const title = t('library.newTitle');
    const plan =
      kind === 'blank'
        ? createBlankPlan({ title })
        : createTemplatePlan(
            { title },
            {
              hallinto: t('template.hallinto'),
              tori: t('template.tori'),
              tosi: t('template.tosi'),
              infra: t('template.infra'),
            },
          );
    await this.addAndOpen(plan);
  }

  /** A new plan from one of the sample plans, to start from a shape that fits. */
  async createFromSample(sample: SampleName): Promise<void> {
    await this.addAndOpen(await this.#samplePlan(sample));
  }

  /** Renames a plan; a title the schema refuses is reported back and never stored. */
  async rename(id: string, title: string): Promise<boolean> {
    if (!titleSchema.safeParse(title).success) return false;
    if (this.open?.id === id) {
      const done = this.exec({ type: 'plan/update', changes: { title } });
      await this.open.flush();
      return done;
    }
    const stored = await this.repository.load(id);
    if (!stored) return false;
    this.#announce(await this.repository.save(id, { ...stored.plan, title }, stored.revision));
    return true;
  }

  async duplicate(id: string): Promise<void> {
    const plan = await this.currentPlan(id);
    if (!plan) return;
    const title = locale.t('library.copyOf', { title: plan.title }).slice(0, 200);
    this.#announce(await this.repository.save(newId('plan'), { ...plan, title }));
  }

  /** Deletes at once and offers an undo that puts the very same record back. */
  async remove(id: string): Promise<void> {
    if (this.open?.id === id) await this.closePlan();
    const stored = await this.repository.load(id);
    if (!stored) return;
    await this.repository.delete(id);
    this.exports.forget(id);
    this.#ledger.forget(id);
    this.summaries = this.summaries.filter((s) => s.id !== id);
    this.#tabs.deleted(id);
    this.notice = { kind: 'deleted', stored };
  }

  async undoDelete(): Promise<void> {
    if (this.notice?.kind !== 'deleted') return;
    const { stored } = this.notice;
    try {
      this.#announce(await this.repository.save(stored.id, stored.plan));
    } catch (error) {
      // Another tab saved the plan again meanwhile: the deleted version comes back beside it.
      if ((error as Error).name !== 'RevisionConflict') throw error;
      this.#announce(await this.repository.save(newId('plan'), stored.plan));
    }
    this.notice = null;
  }

  /** An import always becomes a new plan; a refused file leaves everything as it was. */
  async importFile(file: File, handle?: PlanFileHandle): Promise<void> {
    let result;
    try {
      result = await readPlanFile(file);
    } catch {
      this.notice = { kind: 'readFailed', fileName: file.name };
      return;
    }
    if (!result.ok) {
      this.notice = { kind: 'importRejected', fileName: file.name, error: result.error };
      return;
    }
    const id = await this.addAndOpen(result.plan);
    if (handle) this.files.rememberHandle(id, handle);
    this.notice = { kind: 'imported', fileName: file.name };
  }

  /** Runs an edit on the open plan; a refused edit is explained and changes nothing. */
  exec(command: Command): boolean {
    const result = this.open?.exec(command);
    if (!result || result.ok) return Boolean(result);
    const issues = toPlanIssues(
      result.issues.map((issue) => ({ ...issue, path: ['plan', ...issue.path] })),
      { plan: result.attempted },
    );
    this.notice = { kind: 'editRefused', issues };
    return false;
  }

  /**
   * A tab brought back to the front may have missed messages (frozen, or restored from the
   * back-forward cache): it looks at the stored revision of the open plan itself.
   */
  checkStored(): Promise<void> {
    return this.#tabs.checkStored();
  }

  /** Once a newer app version has written here, the open plan stops writing and the user is told. */
  #checkVersion(): void {
    const newer = this.repository.newerVersion;
    if (!newer) return;
    this.outdated = newer;
    if (this.open?.status.kind !== 'outdated') this.open?.markOutdated(newer);
  }

  async #askToPersist(): Promise<void> {
    if (this.persistence !== 'unknown' || !navigator.storage?.persist) return;
    try {
      this.persistence = (await navigator.storage.persist()) ? 'granted' : 'denied';
    } catch {
      this.persistence = 'denied';
    }
  }

  /** Resolves a conflict by taking the other tab's version; this tab's edits stay as a copy. */
  takeTheirs(): Promise<void> {
    return this.#tabs.takeTheirs();
  }

  /** The open plan's record was deleted or wiped: write it again, as it is here. */
  async saveAgain(): Promise<void> {
    await this.open?.saveAgain();
  }

  /** Resolves a conflict by keeping this tab's edits as a new plan; the other tab's version stays. */
  keepMineAsCopy(): Promise<void> {
    return this.#tabs.keepMineAsCopy();
  }

  /** Downloads the records that could not be read, untouched, so nothing in them is lost. */
  async exportUnreadable(): Promise<void> {
    const records = await this.repository.unreadableRecords();
    downloadText(
      `tiekartta-lukukelvottomat-${localCalendarDate(systemClock())}.json`,
      `${JSON.stringify(records, null, 2)}\n`,
    );
  }

  /**
   * Whether closing the tab now could lose work: edits not yet acknowledged by storage, or, where
   * there is no storage, anything done in this tab beyond the sample it opened with.
   */
  get closingLosesWork(): boolean {
    if (this.open?.dirty) return true;
    if (this.storage !== 'unavailable') return false;
    return this.summaries.length > 1 || (this.open?.undoStack.length ?? 0) > 0;
  }

  /**
   * Set when the open plan's last saved edits are newer than its last export by more than the
   * reminder's time: the browser's copy is then the only one of days of work.
   */
  get exportReminder(): ExportReminder | null {
    const id = this.open?.id;
    const savedAt = this.summaries.find((summary) => summary.id === id)?.savedAt;
    return id && savedAt ? this.exports.reminder(id, savedAt) : null;
  }

  snoozeExportReminder(): void {
    if (this.open) this.exports.snooze(this.open.id);
  }

  dismissNotice(): void {
    this.notice = null;
  }

  async currentPlan(id: string): Promise<Plan | undefined> {
    if (this.open?.id === id) return this.open.plan;
    return (await this.repository.load(id))?.plan;
  }

  /**
   * Stores a new plan and opens it. If storage refuses (a full disk), the plan still opens, unsaved
   * and said to be so, and the save is retried: an import or a new plan is never lost to a refusal.
   */
  async addAndOpen(plan: Plan): Promise<string> {
    const id = newId('plan');
    try {
      const stored = await this.repository.save(id, plan);
      this.#announce(stored);
      await this.#openStored(stored);
    } catch (error) {
      await this.closePlan();
      this.open = this.#openPlanOf({ id, revision: -1, savedAt: systemClock(), plan });
      this.open.markUnsaved(error);
    }
    return id;
  }

  #setSummaries(plans: StoredPlan[]): void {
    this.summaries = sortSummaries(plans.map(summarize));
  }

  #upsertSummary(stored: StoredPlan): void {
    if (this.storage === 'ok') this.#ledger.remember(stored.id, stored.plan.title);
    const others = this.summaries.filter((s) => s.id !== stored.id);
    this.summaries = sortSummaries([...others, summarize(stored)]);
  }
}
