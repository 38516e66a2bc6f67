import type { Plan } from '../domain/planSchema';
import type { Frame } from '../layout/presentationFrame';
import type { PictureKind, PictureLook } from '../export/pictureExport';
import type { PlanFileHandle } from '../io/fileAccess';
import type { SheetExportKind } from '../export/sheetExport';
import type { PlanStore } from '../persistence/memoryRepository';
import { locale } from './locale.svelte';
import type { Notice } from './notice';
import { FileHandles } from './fileHandles.svelte';
import type { ComparedPlans } from './compareEngine';
import type { PlanExports } from './planExports';

/** What the plan's files need of the app: the open plan, storage, notices, and a way to open. */
export interface FilesHost {
  readonly open: {
    readonly id: string;
    readonly plan: Plan;
    /** While comparing, pictures draw the comparison as the screen does and the email lists the changes. */
    readonly comparison?: { readonly result: ComparedPlans | null; readonly dimUnchanged: boolean };
  } | null;
  readonly repository: PlanStore;
  notify(notice: Notice | null): void;
  /** The plan as it is now: the open one as edited here, any other as stored. */
  currentPlan(id: string): Promise<Plan | undefined>;
  /** The plan has gone out as a file (or a picture carrying it). */
  exported(id: string): void;
  addAndOpen(plan: Plan): Promise<string>;
}

export interface FilesOptions {
  appVersion: string;
  /** The clock written into exported files; tests pass a fixed one. */
  now?: () => Date;
  /** Asks the user a yes/no question (window.confirm by default). */
  confirm?: (message: string) => boolean;
}

/** The plan files coming in (imports) and going out: the file, pictures, sharing, save-back. */
export class PlanFiles {
  readonly #app: FilesHost;
  readonly #options: FilesOptions;
  readonly #handles = new FileHandles();
  #exports: Promise<PlanExports> | undefined;

  constructor(app: FilesHost, options: FilesOptions) {
    this.#app = app;
    this.#options = options;
  }

  /** An import always becomes a new plan; a refused file leaves everything as it was. */
  async importFile(file: File, handle?: PlanFileHandle): Promise<void> {
    // Offline after an update replaced the app's files, the reader itself cannot load.
    const reader = await import('./planImport').catch(() => null);
    if (!reader) return this.#app.notify({ kind: 'readFailed', fileName: file.name });
    const id = await reader.importPlanFile(this.#app, file);
    if (id && handle) this.rememberHandle(id, handle);
  }

  /** The open plan's items, tracks and markers as a workbook or as CSV files (issue 17). */
  async exportSheets(kind: SheetExportKind): Promise<void> {
    return (await this.#load()).exportSheets(kind);
  }

  /** The file the open plan came from, when the browser lets us write back to it. */
  get openHandle(): PlanFileHandle | undefined {
    return this.#app.open ? this.#handles.get(this.#app.open.id) : undefined;
  }

  /** A plan opened through the system file picker can be saved back to its file. */
  rememberHandle(planId: string, handle: PlanFileHandle): void {
    this.#handles.set(planId, handle);
  }

  /** Every export of a Luottamuksellinen plan is confirmed first. */
  confirmExport(plan: Plan): boolean {
    if (plan.classification !== 'confidential') return true;
    return (this.#options.confirm ?? ((m) => window.confirm(m)))(
      locale.t('export.confirmConfidential'),
    );
  }

  /** A picture of the open plan (or of a frame of it) that carries the plan file; made on demand. */
  async exportPicture(kind: PictureKind, frame?: Frame, look?: PictureLook): Promise<void> {
    return (await this.#load()).exportPicture(kind, frame, look);
  }

  /** Shares the open plan as a PNG that carries it (see PlanExports.share). */
  async share(): Promise<void> {
    return (await this.#load()).share();
  }

  async exportPlan(id: string): Promise<void> {
    return (await this.#load()).exportPlan(id);
  }

  /** Downloads the records that could not be read, untouched, so nothing in them is lost. */
  async exportUnreadable(): Promise<void> {
    return (await this.#load()).exportUnreadable();
  }

  /** Writes the open plan back to the file it was opened from (File System Access API). */
  async saveToFile(): Promise<void> {
    return (await this.#load()).saveToFile();
  }

  /** The plan file as an export writes it, stamped with this moment. */
  async serialize(plan: Plan): Promise<string> {
    return (await this.#load()).serialize(plan);
  }

  /** The exporting half, loaded at the first export rather than with the first screen. */
  #load(): Promise<PlanExports> {
    this.#exports ??= import('./planExports').then(
      ({ PlanExports }) => new PlanExports(this.#app, this.#options, this),
    );
    this.#exports.catch(() => (this.#exports = undefined));
    return this.#exports;
  }
}
