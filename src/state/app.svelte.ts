import type { Command } from '../domain/commands';
import { newId } from '../domain/ids';
import type { Plan } from '../domain/planSchema';
import type { PictureLook } from '../export/pictureExport';
import type { Frame } from '../layout/presentationFrame';
import { EditJournal } from '../persistence/editJournal';
import type { PlanStore } from '../persistence/memoryRepository';
import { holdTabLock } from '../persistence/tabLiveness';
import type { StoredPlan } from '../persistence/planRepository';
import { loadSession, saveSession } from '../persistence/preferences';
import { systemClock } from './clock';
import { editRefused, type Notice } from './notice';
import { ExportTracker } from './exportTracker.svelte';
import type { ExportReminder } from './exportReminder';
import { Library, type LibraryOptions } from './library.svelte';
import { OpenPlan } from './openPlan.svelte';
import { PlanFiles, type FilesOptions } from './planFiles';
import { lazyObject } from '../lazy/lazyObject';
import type { PlanVersions } from './planVersions';
import { port } from './port';
import { TabSync, type TabChannel } from './tabSync';
import { StoragePersistence } from './storagePersistence.svelte';
import { nextTask } from './nextTask';

export type AppOptions = Omit<LibraryOptions, 'journal'> &
  FilesOptions & {
    /** How tabs tell each other of saves; a BroadcastChannel by default, a fake in tests. */
    channel?: TabChannel | null;
    /** Where each edit is written at once, for a tab that dies before its save; null: nowhere. */
    journal?: EditJournal | null;
  };

export { TAB_CHANNEL, type TabChannel } from './tabSync';

/**
 * The composition root: the library, the open plan, its files and earlier versions, the other
 * tabs and the notices, each room seeing the others only through its narrow port.
 */
const VERSION_METHODS = [
  'list',
  'load',
  'restore',
  'export',
  'recoverable',
  'recover',
  'freeSpace',
] as const;

export class AppState {
  open = $state.raw<OpenPlan | null>(null);
  notice = $state.raw<Notice | null>(null);
  /** Presentation mode: the open plan full screen, read-only. */
  presenting = $state(false);
  /** The print view of the open plan. */
  printing = $state(false);
  /** The roll-up of several plans is on screen, in place of the library (issue 18). */
  rollupShown = $state(false);
  /** An item the plan screen shows once when it opens: one chosen in the roll-up. */
  revealOnOpen = $state<string | null>(null);
  /** A plan presented or printed that is not the open one: the roll-up's. */
  shownPlan = $state.raw<Plan | null>(null);
  /** Saves a presented frame of the shown plan; its screen brings its own exporter. */
  shownPlanExport: ((frame: Frame, look: PictureLook) => void) | null = null;
  /** The newer app version that has written this browser's plans; this tab then writes nothing. */
  outdated = $state<string | null>(null);
  readonly #journal: EditJournal | null;

  /** The stored plans: what the library screen lists and does. */
  readonly library: Library;
  /** When each plan was last exported, for the reminder to export. */
  readonly exports: ExportTracker;
  /** The open plan's earlier versions. */
  readonly versions: Pick<PlanVersions, (typeof VERSION_METHODS)[number]>;
  /** The other tabs of this app: their saves followed, this tab's told, conflicts resolved. */
  readonly tabs: TabSync;
  /** Whether the browser has promised to keep this site's storage. */
  readonly persistence = new StoragePersistence();
  /** Plan files in and out: imports, the plan file, pictures, sharing, saving back to its file. */
  readonly files: PlanFiles;
  /** The start is over: a plan to reopen (or the sample) is open, or there was none. */
  started = $state(false);
  /**
   * A stored plan is about to be drawn: the screen before it (the library, a dialog, the plan it
   * replaces) is taken down first, in a task of its own, so neither waits on the other.
   */
  opening = $state(false);

  constructor(options: AppOptions) {
    const now = options.now ?? systemClock;
    this.exports = new ExportTracker(now);
    this.#journal = options.journal === undefined ? ownJournal(now) : options.journal;
    // The rooms see the app through narrow ports, never the whole of it; the getters read the
    // app's current fields (its repository changes when IndexedDB fails).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const app = this;
    const shared = {
      get open() {
        return app.open;
      },
      get repository() {
        return app.repository;
      },
      get notice() {
        return app.notice;
      },
      get outdated() {
        return app.outdated;
      },
      notify: (notice: Notice | null) => void (app.notice = notice),
      addAndOpen: (plan: Plan) => app.addAndOpen(plan),
      exec: (command: Command) => app.exec(command),
    };
    this.library = new Library(
      port(shared, {
        closePlan: () => app.closePlan(),
        saved: (stored: StoredPlan) => app.tabs.saved(stored),
        deleted: (id: string) => {
          app.exports.forget(id);
          app.tabs.deleted(id);
        },
      }),
      { ...options, journal: this.#journal },
    );
    this.files = new PlanFiles(
      port(shared, {
        currentPlan: (id: string) => app.library.currentPlan(id),
        exported: (id: string) => app.exports.exported(id),
      }),
      options,
    );
    // Only the versions dialog, the library's recovery and a full disk use them: loaded then.
    const versionsHost = port(shared, {
      confirmExport: (plan: Plan) => app.files.confirmExport(plan),
    });
    this.versions = lazyObject(
      () => import('./planVersions').then(({ PlanVersions }) => new PlanVersions(versionsHost)),
      VERSION_METHODS,
    );
    this.tabs = new TabSync(
      port(shared, {
        checkVersion: () => app.#checkVersion(),
        listed: (stored: StoredPlan) => app.library.listed(stored),
        unlisted: (id: string) => app.library.unlisted(id),
        announce: (saved: StoredPlan) => app.library.announce(saved),
      }),
      options.appVersion,
      options.channel,
    );
  }

  get repository(): PlanStore {
    return this.library.repository;
  }

  /** Never leaves the screen on "Loading…": whatever fails, the app opens and says what happened. */
  async start(): Promise<void> {
    try {
      await this.#start();
    } catch (error) {
      this.library.loaded = true;
      this.notice = { kind: 'startFailed', reason: String((error as Error)?.message ?? error) };
    }
    this.started = true;
  }

  async #start(): Promise<void> {
    const library = this.library;
    const recovered = await library.load();
    this.#checkVersion();
    // An empty library opens the sample (beside the word on what vanished, if anything did); a
    // sample that cannot be stored (a full disk) opens in memory.
    if (!library.summaries.length && !library.unreadable) return library.createFromSample();
    const { openPlanId } = loadSession();
    const wanted = recovered ?? library.summaries.find((p) => p.id === openPlanId)?.id;
    if (wanted) await this.openPlan(wanted);
  }

  /** Opens a stored plan; one that cannot be read is reported, never a silent no-op. */
  async openPlan(id: string, atItem: string | null = null): Promise<void> {
    await this.closePlan();
    const stored = await this.library.read(id);
    this.revealOnOpen = atItem;
    if (stored) this.#show(stored);
  }

  /**
   * Stores a new plan and opens it from what the store returned: it has passed the schema already,
   * so it is neither read back nor validated again. If storage refuses (a full disk), the plan
   * still opens, unsaved and said to be so, and the save is retried: an import or a new plan is
   * never lost to a refusal.
   */
  async addAndOpen(plan: Plan, atItem: string | null = null): Promise<string> {
    const id = newId('plan');
    this.revealOnOpen = atItem;
    try {
      const stored = await this.library.add(id, plan);
      this.opening = true;
      try {
        await this.closePlan();
        // Drawn in a task of its own, not in the one the database's answer came in.
        await nextTask();
      } finally {
        this.opening = false;
      }
      this.#show(stored);
    } catch (error) {
      await this.closePlan();
      this.open = this.#openPlanOf({ id, revision: -1, savedAt: systemClock(), plan });
      this.open.markUnsaved(error);
    }
    return id;
  }

  #show(stored: StoredPlan): void {
    this.open = this.#openPlanOf(stored);
    saveSession({ openPlanId: stored.id });
    this.exports.arrived(stored.id);
    this.#checkVersion();
  }

  #openPlanOf(stored: StoredPlan): OpenPlan {
    const onSaved = (saved: StoredPlan) => {
      this.library.announce(saved);
      void this.persistence.ask();
    };
    const journal = this.library.storage === 'ok' ? this.#journal : null;
    return new OpenPlan(stored, this.repository, onSaved, journal);
  }

  async closePlan(): Promise<void> {
    const current = this.open;
    if (!current) return;
    await current.flush();
    current.dispose();
    this.open = null;
    saveSession({ openPlanId: null });
  }

  /** Runs an edit on the open plan; a refused edit is explained and changes nothing. */
  exec(command: Command): boolean {
    const result = this.open?.exec(command);
    if (!result || result.ok) return Boolean(result);
    this.notice = editRefused(result);
    return false;
  }

  /** Once a newer app version has written here, the open plan stops writing and the user is told. */
  #checkVersion(): void {
    const newer = this.repository.newerVersion;
    if (!newer) return;
    this.outdated = newer;
    if (this.open?.status.kind !== 'outdated') this.open?.markOutdated(newer);
  }

  /**
   * Whether closing the tab now could lose work: edits not yet acknowledged by storage, or, where
   * there is no storage, anything done in this tab beyond the sample it opened with.
   */
  get closingLosesWork(): boolean {
    if (this.open?.dirty) return true;
    if (this.library.storage !== 'unavailable') return false;
    return this.library.summaries.length > 1 || (this.open?.undoStack.length ?? 0) > 0;
  }

  /**
   * Set when the open plan's last saved edits are newer than its last export by more than the
   * reminder's time: the browser's copy is then the only one of days of work.
   */
  get exportReminder(): ExportReminder | null {
    const id = this.open?.id;
    const savedAt = this.library.summaries.find((summary) => summary.id === id)?.savedAt;
    return id && savedAt ? this.exports.reminder(id, savedAt) : null;
  }

  snoozeExportReminder(): void {
    if (this.open) this.exports.snooze(this.open.id);
  }

  dismissNotice(): void {
    this.notice = null;
  }
}

/** This tab's journal, with the lock that tells other tabs it is still running. */
function ownJournal(now: () => Date): EditJournal {
  const journal = new EditJournal(newId('tab'), now);
  holdTabLock(journal.tabId);
  return journal;
}
