/**
 * A seeded, deterministic interleaving fuzz of tabs over the real persistence code (after tldraw's
 * syncFuzz): 2–3 simulated tabs, each a real AppState with its own PlanRepository, share one
 * (fake) IndexedDB database and one localStorage, as tabs of one browser profile do. A PRNG picks
 * every step: edits, autosave writes (awaited or left in flight), deliveries, delays and drops of
 * the tabs' messages, freezing and thawing, reloads, crashes mid-write, full disks, wiped storage
 * and the conflict choices. After every step the invariants below are checked.
 *
 * A failure names the seed and the step and prints the tail of the step log; pin a failing
 * random seed by adding it to SEEDS (or run one with FUZZ_SEED=n, longer with FUZZ_STEPS=n).
 */
import { clear, createStore, entries, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/planSchema';
import { BackupRing } from '../../src/persistence/backupRing';
import { EditJournal } from '../../src/persistence/editJournal';
import { PlanRepository } from '../../src/persistence/planRepository';
import { AppState, type TabChannel } from '../../src/state/app.svelte';
import { locale } from '../../src/state/locale.svelte';
import type { OpenPlan } from '../../src/state/openPlan.svelte';
import { makeFileText } from '../factories/files';
import { makePlan } from '../factories/plans';
import { seededRandom } from '../../src/domain/seededRandom';

/**
 * 500 steps per seed, over 10,000 per run. 72271 and 135623 found that a journal entry's base
 * revision alone recurs after storage is wiped (two crashed tabs' edits, one written over the
 * other); entries now name their base by revision and save time.
 */
const SEEDS = [
  1000, 8919, 16838, 24757, 32676, 40595, 48514, 56433, 64352, 72271, 80190, 88109, 96028, 103947,
  111866, 119785, 127704, 135623, 143542, 151461,
  // Pinned after it failed: a crashed tab whose edits were undone has nothing to put back.
  928826587,
];
/** How often each step kind was taken over the fixed seeds, to see the fuzz reaches them all. */
const TOTALS: Record<string, number> = {};
const STEPS = Number(process.env.FUZZ_STEPS ?? 500);
/** One seed more per run, printed so a failure can be pinned. */
const RANDOM_SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const APP_VERSION = '0.1.0';
const SAMPLE = makeFileText(makePlan());

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
/** Lets IndexedDB (fake-indexeddb schedules on setImmediate) make one step of progress. */
const pass = () => new Promise<void>((resolve) => setImmediate(resolve));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One simulated tab: an AppState, its slice of the storage, its inbox of other tabs' messages. */
interface Tab {
  name: string;
  /** The journal's tab id: a reload is a new tab id, as in the browser. */
  tabId: string;
  app: AppState;
  channel: TabChannel;
  dead: boolean;
  frozen: boolean;
  inbox: unknown[];
  /** Writes still to be refused with QuotaExceededError. */
  quota: number;
  /** Transactions of this tab that have not ended, for a crash that aborts them. */
  transactions: Set<IDBTransaction>;
  /** The step of this tab's last edit (each is written to the journal at once). */
  editedAt: number;
  /** A write of this tab was under way when storage was wiped: its answer predates the wipe. */
  writingThroughWipe?: boolean;
  /** What this tab last showed as saved, and in which storage epoch it first showed it. */
  shown?: { open: OpenPlan; revision: number; plan: Plan; epoch: number };
}

/** What a crashed tab had in memory: after the next start, it must be in storage. */
interface CrashedWork {
  tab: string;
  plan: Plan;
  step: number;
}

class Fuzz {
  readonly random: () => number;
  readonly log: string[] = [];
  readonly store: UseStore;
  readonly backupStore: UseStore | null;
  readonly checker: PlanRepository;
  readonly tabs: (Tab | null)[];
  step = -1;
  /** Incremented when storage is wiped: what was acknowledged before may be gone. */
  epoch = 0;
  /** The newest acknowledged (revision, plan) of each plan id, in the current epoch. */
  readonly acked = new Map<string, { revision: number; plan: string; by: string }>();
  readonly maxRevision = new Map<string, number>();
  /** Work of crashed tabs that the next start must have put back (the edit journal). */
  crashed: CrashedWork[] = [];
  /** The step localStorage (and with it the journal) was last wiped. */
  localWipedAt = -1;
  #tabCount = 0;
  readonly counts: Record<string, number> = {};

  constructor(
    readonly seed: number,
    withBackups: boolean,
    tabs: number,
  ) {
    this.random = seededRandom(seed);
    this.store = createStore(`fuzz-plans-${seed}-${Math.random()}`, 'plans');
    this.backupStore = withBackups
      ? createStore(`fuzz-backups-${seed}-${Math.random()}`, 'copies')
      : null;
    this.checker = new PlanRepository({
      store: this.store,
      appVersion: APP_VERSION,
      backups: null,
    });
    this.tabs = Array.from({ length: tabs }, () => null);
  }

  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  pick<T>(list: readonly T[]): T | undefined {
    return list.length ? list[this.int(list.length)] : undefined;
  }
  count(what: string): void {
    this.counts[what] = (this.counts[what] ?? 0) + 1;
  }
  note(text: string): void {
    this.log.push(`#${this.step} ${text}`);
  }
  live(): Tab[] {
    return this.tabs.filter((t): t is Tab => t !== null && !t.dead);
  }
  awake(): Tab[] {
    return this.live().filter((t) => !t.frozen);
  }

  /** A store that, for this tab, refuses writes on a full disk and goes silent when the tab dies. */
  #gate(real: UseStore, tab: Tab, plans: boolean): UseStore {
    return <T>(
      mode: IDBTransactionMode,
      callback: (store: IDBObjectStore) => T | PromiseLike<T>,
    ) => {
      if (tab.dead) return never<T>();
      if (plans && mode === 'readwrite' && tab.quota > 0) {
        tab.quota--;
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        );
      }
      return real<T>(mode, (objectStore) => {
        const transaction = objectStore.transaction;
        if (tab.dead) {
          transaction.abort();
          return never<T>();
        }
        tab.transactions.add(transaction);
        const ended = () => tab.transactions.delete(transaction);
        transaction.addEventListener('complete', ended);
        transaction.addEventListener('abort', ended);
        transaction.addEventListener('error', ended);
        return callback(objectStore);
      }).then(
        (value): Promise<T> => (tab.dead ? never<T>() : Promise.resolve(value)),
        (error: unknown): Promise<T> => (tab.dead ? never<T>() : Promise.reject(error)),
      );
    };
  }

  async startTab(slot: number): Promise<void> {
    const name = `tab${slot}.${++this.#tabCount}`;
    const tab = {
      name,
      tabId: `fuzz-${this.#tabCount}`,
      dead: false,
      frozen: false,
      inbox: [],
      quota: 0,
      editedAt: -1,
      transactions: new Set(),
    } as unknown as Tab;
    tab.channel = {
      onmessage: null,
      postMessage: (message) => {
        if (tab.dead) return;
        for (const other of this.live())
          if (other !== tab && !other.frozen) other.inbox.push(message);
      },
    };
    const backups = this.backupStore
      ? new BackupRing({ store: this.#gate(this.backupStore, tab, false) })
      : null;
    tab.app = new AppState({
      repository: new PlanRepository({
        store: this.#gate(this.store, tab, true),
        appVersion: APP_VERSION,
        backups,
      }),
      loadSample: async () => SAMPLE,
      appVersion: APP_VERSION,
      channel: tab.channel,
      journal: new EditJournal(tab.tabId),
      liveTabs: async () => new Set(this.live().map((t) => t.tabId)),
      confirm: () => true,
    });
    this.tabs[slot] = tab;
    const pending = this.crashed;
    const epoch = this.epoch;
    await tab.app.start();
    this.note(`${name} started on ${tab.app.open?.id ?? 'nothing'}`);
    await this.#checkCrashedWorkBack(tab, pending, epoch);
  }

  /** The edit journal: a start after a crash puts back what the crashed tab had not saved. */
  async #checkCrashedWorkBack(tab: Tab, pending: CrashedWork[], epoch: number): Promise<void> {
    if (!pending.length || tab.dead) return;
    if (tab.app.notice?.kind === 'startFailed')
      this.fail(`start failed: ${JSON.stringify(tab.app.notice)}`);
    if (epoch !== this.epoch) return;
    const stored = (await this.checker.list()).plans.map((p) => p.plan);
    const left: CrashedWork[] = [];
    for (const work of pending) {
      const recovered = locale
        .t('library.recoveredTitle', { title: work.plan.title })
        .slice(0, 200);
      const found = stored.some(
        (plan) => same(plan, work.plan) || same(plan, { ...work.plan, title: recovered }),
      );
      // A full disk during the start leaves the entry for the next one; that is not a loss.
      if (!found && this.#journalHolds(work)) left.push(work);
      else if (!found)
        this.fail(
          `${work.tab}'s unsaved work at its crash (step ${work.step}) is not back after ${tab.name} started`,
        );
    }
    this.crashed = [...left, ...this.crashed.filter((w) => !pending.includes(w))];
  }

  #journalHolds(work: CrashedWork): boolean {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (!key.startsWith('tiekartta.journal.')) continue;
      const entry = JSON.parse(localStorage.getItem(key) ?? 'null') as { plan?: unknown } | null;
      if (same(entry?.plan, work.plan)) return true;
    }
    return false;
  }

  /** The tab dies: nothing it started continues; with `abort`, its open transactions never land. */
  kill(tab: Tab, abort: boolean): void {
    const open = tab.app.open;
    // Known gap (reported): a tab does not journal its plan again when it learns storage was
    // wiped, so edits made before a wipe of localStorage live only in its memory. Not checked.
    const journaled = tab.editedAt > this.localWipedAt;
    // Edits undone back to the revision it last showed saved leave nothing unsaved to put back
    // (seed 928826587: another crashed tab's edit of that revision then rightly wins).
    const shown = tab.shown;
    const unchanged =
      !!open &&
      shown?.open === open &&
      shown.revision === open.revision &&
      same(shown.plan, open.plan);
    if (open?.dirty && !unchanged && tab.app.library.storage === 'ok' && journaled) {
      this.crashed.push({ tab: tab.name, plan: open.plan, step: this.step });
      this.count('crashWithWork');
    } else if (open?.dirty) this.count('unjournaledCrash');
    open?.dispose();
    tab.dead = true;
    if (abort)
      for (const transaction of tab.transactions) {
        try {
          transaction.abort();
        } catch {
          /* it had just ended */
        }
      }
    tab.transactions.clear();
    this.tabs[this.tabs.indexOf(tab)] = null;
  }

  fail(message: string): never {
    const tabs = this.live().map((t) => {
      const open = t.app.open;
      const state = open
        ? `${open.id}@${open.revision} ${open.status.kind}${open.dirty ? ' dirty' : ''}`
        : 'no plan';
      return `${t.name}${t.frozen ? ' (frozen)' : ''}: ${state}`;
    });
    throw new Error(
      `syncFuzz seed ${this.seed} step ${this.step}: ${message}\n  tabs: ${tabs.join('; ')}` +
        `\n  last steps:\n  ${this.log.slice(-40).join('\n  ')}`,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Steps
  // ---------------------------------------------------------------------------------------------

  command(plan: Plan): Command {
    const word = `${this.seed % 1000}-${this.step}`;
    const items = plan.items;
    const rows = plan.lanes.flatMap((lane) => lane.rows);
    switch (this.int(4)) {
      case 0:
        return { type: 'plan/update', changes: { title: `Suunnitelma ${word}` } };
      case 1:
        return { type: 'plan/update', changes: { organisation: `Alue ${word}` } };
      case 2: {
        const item = this.pick(items);
        if (item) return { type: 'item/update', id: item.id, changes: { label: `Vaihe ${word}` } };
        return { type: 'plan/update', changes: { title: `Suunnitelma ${word}` } };
      }
      default: {
        const item = this.pick(items);
        const row = this.pick(rows.filter((r) => r.id !== item?.rowId));
        if (item && row) return { type: 'items/moveToRow', ids: [item.id], rowId: row.id };
        return { type: 'plan/update', changes: { title: `Suunnitelma ${word}` } };
      }
    }
  }

  async runStep(): Promise<void> {
    const r = this.random();
    const empty = this.tabs.findIndex((t) => t === null);
    const conflicted = this.awake().filter((t) => t.app.open?.status.kind === 'conflict');
    const awake = this.awake();
    const tab = this.pick(awake);
    const kind =
      empty >= 0 && (awake.length === 0 || r < 0.08)
        ? 'restart'
        : conflicted.length && r < 0.25
          ? 'resolve'
          : this.pick(WEIGHTED);
    this.count(kind ?? '?');
    switch (kind) {
      case 'restart':
        return this.startTab(empty);
      case 'resolve': {
        const t = this.pick(conflicted) as Tab;
        if (this.int(2)) {
          this.note(`${t.name} takes theirs`);
          await this.userAction(t, 'takeTheirs', () => t.app.tabs.takeTheirs());
        } else {
          this.note(`${t.name} keeps mine as a copy`);
          await this.userAction(t, 'keepMineAsCopy', () => t.app.tabs.keepMineAsCopy());
        }
        return;
      }
      case 'edit': {
        const open = tab?.app.open;
        if (!tab || !open) return;
        const command = this.command(open.plan);
        const done = tab.app.exec(command);
        if (done) tab.editedAt = this.step;
        this.note(`${tab.name} exec ${JSON.stringify(command)} → ${done}`);
        return;
      }
      case 'undo': {
        const open = tab?.app.open;
        if (!tab || !open) return;
        const entry = this.int(3) ? open.undo() : open.redo();
        if (entry) tab.editedAt = this.step;
        this.note(`${tab.name} undo/redo → ${entry?.command.type ?? 'nothing'}`);
        return;
      }
      case 'flush': {
        const open = tab?.app.open;
        if (!tab || !open) return;
        const wait = this.int(2) === 0;
        this.note(`${tab.name} autosave tick${wait ? ' (awaited)' : ''} [${open.status.kind}]`);
        const writing = open.flush();
        if (wait) await writing;
        return;
      }
      case 'time': {
        const n = 1 + this.int(12);
        this.note(`time passes (${n})`);
        for (let i = 0; i < n; i++) await pass();
        return;
      }
      case 'deliver':
      case 'drop': {
        const to = this.pick(this.awake().filter((t) => t.inbox.length));
        if (!to) return;
        const [message] = to.inbox.splice(this.int(to.inbox.length), 1);
        this.note(`${kind} to ${to.name}: ${JSON.stringify(message)}`);
        if (kind === 'deliver') to.channel.onmessage?.({ data: message } as MessageEvent);
        return;
      }
      case 'freeze': {
        const t = this.pick(this.live());
        if (!t) return;
        t.frozen = !t.frozen;
        this.note(`${t.name} ${t.frozen ? 'frozen' : 'thawed'}`);
        if (t.frozen) t.inbox = [];
        else await t.app.tabs.checkStored();
        return;
      }
      case 'visible': {
        if (!tab) return;
        this.note(`${tab.name} checks the stored plan`);
        await tab.app.tabs.checkStored();
        return;
      }
      case 'reload': {
        if (!tab) return;
        const slot = this.tabs.indexOf(tab);
        this.note(`${tab.name} reloads [${tab.app.open?.status.kind}]`);
        this.kill(tab, false);
        return this.startTab(slot);
      }
      case 'crash': {
        if (!tab) return;
        const open = tab.app.open;
        // Sometimes the crash comes while a write is under way: start one, let it get partway.
        if (open && this.int(2)) {
          void open.flush();
          for (let i = this.int(8); i > 0; i--) await pass();
        }
        const abort = this.int(2) === 0;
        this.note(
          `${tab.name} crashes${abort ? ', its writes aborted' : ''} [${open?.status.kind}]`,
        );
        this.kill(tab, abort);
        return;
      }
      case 'quota': {
        if (!tab) return;
        tab.quota = 1 + this.int(3);
        this.note(`${tab.name}: disk full for the next ${tab.quota} writes`);
        return;
      }
      case 'wipe': {
        const alsoLocal = this.int(2) === 0;
        this.note(`storage wiped${alsoLocal ? ' with localStorage' : ''}`);
        await clear(this.store);
        if (this.backupStore) await clear(this.backupStore);
        if (alsoLocal) {
          localStorage.clear();
          this.localWipedAt = this.step;
        }
        this.epoch++;
        this.acked.clear();
        this.maxRevision.clear();
        this.crashed = [];
        // What tabs show now (even a save answered while the wipe ran) is of the old epoch.
        // So is a write under way during the wipe: it may have been read back just before it.
        for (const t of this.live()) {
          const open = t.app.open;
          if (open) t.shown = { open, revision: open.revision, plan: open.plan, epoch: -1 };
          t.writingThroughWipe = open?.status.kind === 'saving';
        }
        return;
      }
      case 'openOther': {
        if (!tab) return;
        const id = this.pick(tab.app.library.summaries.map((s) => s.id));
        if (!id) return;
        this.note(`${tab.name} opens ${id}`);
        await this.userAction(tab, 'openPlan', () => tab.app.openPlan(id));
        return;
      }
    }
  }

  /** What the user clicks may fail on a full disk; that is reported, not a crash of the fuzz. */
  async userAction(tab: Tab, name: string, action: () => Promise<void>): Promise<void> {
    // (Which actions can throw, e.g. on a full disk, is counted in TOTALS for the report.)
    try {
      await action();
    } catch (error) {
      this.note(`  ${tab.name}: ${name} threw ${(error as Error).name}`);
      this.count(`${name} threw ${(error as Error).name}`);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Invariants
  // ---------------------------------------------------------------------------------------------

  /** Records what each tab shows as saved ("Tallennettu"): an acknowledged save. */
  observe(): void {
    for (const tab of this.live()) {
      const open = tab.app.open;
      if (!open || open.status.kind !== 'saved' || open.dirty || tab.app.library.storage !== 'ok')
        continue;
      const shown = tab.shown;
      if (shown?.open === open && shown.revision === open.revision && shown.plan === open.plan)
        continue;
      const epoch = tab.writingThroughWipe ? -1 : this.epoch;
      tab.writingThroughWipe = false;
      tab.shown = { open, revision: open.revision, plan: open.plan, epoch };
      if (epoch !== this.epoch) continue;
      this.note(`  ${tab.name} shows ${open.id}@${open.revision} saved`);
      const before = this.acked.get(open.id);
      if (!before || before.revision <= open.revision)
        this.acked.set(open.id, {
          revision: open.revision,
          plan: JSON.stringify(open.plan),
          by: tab.name,
        });
    }
  }

  async check(): Promise<void> {
    const raw = await entries<IDBValidKey, { revision?: number }>(this.store);
    const stored = new Map(raw.map(([key, record]) => [String(key), record]));
    // A stored revision never goes back.
    for (const [id, record] of stored) {
      const revision = Number(record?.revision);
      const max = this.maxRevision.get(id) ?? -1;
      if (revision < max) this.fail(`plan ${id} went back from revision ${max} to ${revision}`);
      this.maxRevision.set(id, revision);
    }
    // Every stored record parses.
    const listing = await this.checker.list();
    if (listing.unreadable) this.fail(`${listing.unreadable} stored record(s) do not parse`);
    const byId = new Map(listing.plans.map((p) => [p.id, p]));
    // No acknowledged save is lost.
    for (const [id, ack] of this.acked) {
      const now = byId.get(id);
      if (!now)
        this.fail(`plan ${id}, acknowledged at revision ${ack.revision} by ${ack.by}, is gone`);
      if (now.revision < ack.revision)
        this.fail(`plan ${id} is at revision ${now.revision}, below acknowledged ${ack.revision}`);
      if (now.revision === ack.revision && JSON.stringify(now.plan) !== ack.plan)
        this.fail(`plan ${id} at revision ${ack.revision} is not what ${ack.by} acknowledged`);
    }
    // What a tab shows as "Tallennettu" is what is stored (or the tab is behind a newer save).
    for (const tab of this.live()) {
      const open = tab.app.open;
      const shown = tab.shown;
      if (!open || !shown || shown.epoch !== this.epoch || shown.open !== open) continue;
      if (open.status.kind !== 'saved' || open.dirty) continue;
      const now = byId.get(open.id);
      if (!now)
        this.fail(`${tab.name} shows ${open.id} saved at ${open.revision}, but it is not stored`);
      if (now.revision < open.revision)
        this.fail(
          `${tab.name} shows ${open.id} saved at ${open.revision}, stored is ${now.revision}`,
        );
      if (now.revision === open.revision && !same(now.plan, open.plan))
        this.fail(
          `${tab.name} shows ${open.id} saved at ${open.revision}, but another plan is stored`,
        );
    }
  }

  async run(steps: number): Promise<void> {
    const first = this.tabs.length;
    for (let slot = 0; slot < first; slot++) await this.startTab(slot);
    for (this.step = 0; this.step < steps; this.step++) {
      try {
        await this.runStep();
        this.observe();
        await this.check();
      } catch (error) {
        if ((error as Error).message.startsWith('syncFuzz seed')) throw error;
        this.fail(`the step threw ${(error as Error).stack ?? String(error)}`);
      }
    }
    // At the end every tab that can writes out what it has, and everything still holds.
    for (const tab of this.live()) {
      tab.frozen = false;
      for (const message of tab.inbox.splice(0))
        tab.channel.onmessage?.({ data: message } as MessageEvent);
      for (let i = 0; i < 20; i++) await pass();
      await tab.app.open?.flush();
    }
    this.observe();
    await this.check();
  }
}

/** Step kinds with their weights. */
const WEIGHTS: Record<string, number> = {
  edit: 30,
  undo: 4,
  flush: 16,
  time: 10,
  deliver: 12,
  drop: 3,
  freeze: 4,
  visible: 3,
  reload: 3,
  crash: 3,
  quota: 3,
  wipe: 1,
  openOther: 3,
};
const WEIGHTED = Object.entries(WEIGHTS).flatMap(([kind, weight]) =>
  Array.from({ length: weight }, () => kind),
);

describe('tabs sharing one database, fuzzed', () => {
  beforeEach(() => {
    // Autosave timers never fire by themselves: a write is a step the fuzz takes.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each(SEEDS)('seed %i keeps every invariant', async (seed) => {
    const fuzz = new Fuzz(seed, seed % 3 !== 0, 2 + (seed % 2));
    await fuzz.run(STEPS);
    for (const [kind, n] of Object.entries(fuzz.counts)) TOTALS[kind] = (TOTALS[kind] ?? 0) + n;
  });

  it('took every kind of step, and met conflicts and crashes with unsaved work', () => {
    const kinds = [...Object.keys(WEIGHTS), 'restart', 'resolve'];
    expect(kinds.reduce((sum, kind) => sum + (TOTALS[kind] ?? 0), 0)).toBe(SEEDS.length * STEPS);
    for (const kind of kinds) expect(TOTALS[kind] ?? 0, kind).toBeGreaterThan(0);
    console.log(`syncFuzz steps and events over the fixed seeds: ${JSON.stringify(TOTALS)}`);
    expect(TOTALS.crashWithWork ?? 0).toBeGreaterThan(0);
  });

  it(`a random seed (${RANDOM_SEED}) keeps every invariant`, async () => {
    console.log(`syncFuzz random seed: ${RANDOM_SEED} (pin it with FUZZ_SEED=${RANDOM_SEED})`);
    const fuzz = new Fuzz(RANDOM_SEED, RANDOM_SEED % 3 !== 0, 2 + (RANDOM_SEED % 2));
    await fuzz.run(STEPS);
    expect(fuzz.step).toBe(STEPS);
  });
});
