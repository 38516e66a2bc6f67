import type { Command } from '../domain/commands';
import { execute, type ExecuteResult } from '../domain/execute';
import type { Item, Plan } from '../domain/planSchema';
import type { EditJournal } from '../persistence/editJournal';
import type { PlanStore } from '../persistence/memoryRepository';
import type { StoredPlan } from '../persistence/planRepository';
import { Autosaver, type SaveStatus } from './autosaver';
import { Comparison } from './comparison.svelte';

/** One undoable step: the command and the plan as it was before it. */
export interface HistoryEntry {
  command: Command;
  /** The plan before the command, for undo; after it, for redo. */
  before: Plan;
  after: Plan;
}

/** The plan being edited: replaced on every change, never mutated, autosaved behind the scenes. */
export class OpenPlan {
  readonly id: string;
  plan = $state.raw<Plan>() as Plan;
  /** Everything done since the plan was opened; undo never goes past the opening. */
  undoStack = $state.raw<HistoryEntry[]>([]);
  redoStack = $state.raw<HistoryEntry[]>([]);
  status = $state.raw<SaveStatus>({ kind: 'pending' });
  /** What the plan is compared with, while the comparison is on. */
  readonly comparison = new Comparison(() => this.plan);
  #revision: number;
  /** When the revision this tab's plan is based on was saved; null before the first save. */
  #savedAt: Date | null;
  readonly #autosaver: Autosaver;
  readonly #journal: EditJournal | null;

  constructor(
    stored: StoredPlan,
    repository: PlanStore,
    onSaved?: (stored: StoredPlan) => void,
    journal: EditJournal | null = null,
  ) {
    this.id = stored.id;
    this.plan = stored.plan;
    this.#revision = stored.revision;
    this.#savedAt = stored.revision >= 0 ? stored.savedAt : null;
    this.#journal = journal;
    this.status = { kind: 'saved', at: stored.savedAt };
    this.#autosaver = new Autosaver({
      write: async () => {
        const written = this.plan;
        const saved = await repository.save(this.id, written, this.#revision);
        this.#revision = saved.revision;
        this.#savedAt = saved.savedAt;
        // Edits made while the write was under way stay journaled, now on the new revision.
        if (this.plan === written) this.#journal?.clear(this.id);
        else this.#journal?.record(this.id, this.#base, this.plan);
        onSaved?.(saved);
        return saved.savedAt;
      },
      onStatus: (status) => {
        this.status = status;
        // Writing stopped with edits here: keep them journaled, in case localStorage was wiped too.
        if (status.kind === 'conflict' || status.kind === 'gone')
          this.#journal?.record(this.id, this.#base, this.plan);
      },
    });
  }

  get #base() {
    return { revision: this.#revision, savedAt: this.#savedAt };
  }

  get dirty(): boolean {
    return this.#autosaver.dirty;
  }

  /** The stored revision this tab's plan is based on. */
  get revision(): number {
    return this.#revision;
  }

  /** The plan is not in storage yet (the first write was refused): show why and keep trying. */
  markUnsaved(error: unknown): void {
    this.#journal?.record(this.id, this.#base, this.plan);
    this.#autosaver.markFailed(error);
  }

  /** Another tab saved this plan while this one has unsaved edits: stop writing and ask. */
  markConflict(): void {
    this.#autosaver.stop();
  }

  /** A newer version of the app writes here: stop writing, whether or not anything is unsaved. */
  markOutdated(version: string): void {
    this.#autosaver.stop({ kind: 'outdated', version });
  }

  /** The stored record is gone: stop writing, keep everything here, and say so. */
  markGone(reason: 'deleted' | 'wiped'): void {
    if (this.status.kind !== 'gone') this.#autosaver.stop({ kind: 'gone', reason });
  }

  /** Writes the plan again as a new record under its id, history and all. */
  saveAgain(): Promise<void> {
    this.#revision = -1;
    this.#savedAt = null;
    this.#autosaver.reset();
    this.#autosaver.markDirty();
    return this.#autosaver.flush();
  }

  /** Takes the stored version (saved by another tab); this tab's history no longer applies to it. */
  replaceWith(stored: StoredPlan): void {
    this.plan = stored.plan;
    this.#revision = stored.revision;
    this.#savedAt = stored.savedAt;
    this.undoStack = [];
    this.redoStack = [];
    this.status = { kind: 'saved', at: stored.savedAt };
    this.#journal?.clear(this.id);
    this.#autosaver.reset();
  }

  /** Applies a command if the schema accepts the result; an edit that would break the plan is refused. */
  exec(command: Command): ExecuteResult {
    const before = this.plan;
    const result = execute(before, command);
    if (!result.ok) return result;
    this.undoStack = [...this.undoStack, { command, before, after: result.plan }];
    this.redoStack = [];
    this.update(result.plan);
    return result;
  }

  /**
   * The first save of an item just added rewrites that step: undo then names the item as saved
   * ("lisää ”Käyttöönotto”"), and one undo removes it. False when `add` is no longer the last step.
   */
  reviseAdd(add: Command, item: Item): ExecuteResult | false {
    const entry = this.undoStack.at(-1);
    if (entry?.command !== add || add.type !== 'item/add') return false;
    const command: Command = { type: 'item/add', item };
    const result = execute(entry.before, command);
    if (!result.ok) return result;
    this.undoStack = [
      ...this.undoStack.slice(0, -1),
      { command, before: entry.before, after: result.plan },
    ];
    this.update(result.plan);
    return result;
  }

  /** Takes back the last step as if it never happened (no redo): a new item's editor cancelled. */
  retract(command: Command): boolean {
    const entry = this.undoStack.at(-1);
    if (entry?.command !== command) return false;
    this.undoStack = this.undoStack.slice(0, -1);
    this.update(entry.before);
    return true;
  }

  undo(): HistoryEntry | undefined {
    const entry = this.undoStack.at(-1);
    if (!entry) return undefined;
    this.undoStack = this.undoStack.slice(0, -1);
    this.redoStack = [...this.redoStack, entry];
    this.update(entry.before);
    return entry;
  }

  redo(): HistoryEntry | undefined {
    const entry = this.redoStack.at(-1);
    if (!entry) return undefined;
    this.redoStack = this.redoStack.slice(0, -1);
    this.undoStack = [...this.undoStack, entry];
    this.update(entry.after);
    return entry;
  }

  update(next: Plan): void {
    if (next === this.plan) return;
    this.plan = next;
    this.#journal?.record(this.id, this.#base, next);
    this.#autosaver.markDirty();
  }

  flush(): Promise<void> {
    return this.#autosaver.flush();
  }

  /** Resolves when this tab's write under way, if any, has ended and its revision is known. */
  settled(): Promise<void> {
    return this.#autosaver.settled();
  }

  dispose(): void {
    this.#autosaver.dispose();
  }
}
