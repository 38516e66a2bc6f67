import { loadExportLog, saveExportLog, withMark, type ExportMark } from '../persistence/exportLog';
import { exportReminder, snoozedUntil, type ExportReminder } from './exportReminder';

/** When each plan was last exported from this browser, for the reminder to export. */
export class ExportTracker {
  #marks = $state.raw(loadExportLog());
  readonly #now: () => Date;

  constructor(now: () => Date) {
    this.#now = now;
  }

  /** The plan is in this browser: if nothing is known of it, the count starts now. */
  arrived(planId: string): void {
    if (!this.#marks.has(planId)) this.#set(planId, { at: this.#stamp(), exported: false });
  }

  exported(planId: string): void {
    this.#set(planId, { at: this.#stamp(), exported: true });
  }

  snooze(planId: string): void {
    const mark = this.#marks.get(planId);
    if (mark) this.#set(planId, { ...mark, snoozedUntil: snoozedUntil(this.#now()) });
  }

  forget(planId: string): void {
    this.#set(planId, undefined);
  }

  reminder(planId: string, lastEditAt: Date): ExportReminder | null {
    return exportReminder(this.#marks.get(planId), lastEditAt, this.#now());
  }

  #stamp(): string {
    return this.#now().toISOString();
  }

  /** Read, change, write: another tab's marks written meanwhile are kept. */
  #set(planId: string, mark: ExportMark | undefined): void {
    const next = withMark(loadExportLog(), planId, mark);
    this.#marks = next;
    saveExportLog(next);
  }
}
