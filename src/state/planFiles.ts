import type { Plan } from '../domain/planSchema';
import type { Frame } from '../layout/presentationFrame';
import { pictureHyphenator } from './hyphenator.svelte';
import type { PictureKind, PictureLook } from '../export/pictureExport';
import type { SheetExportKind } from '../export/sheetExport';
import type { ComparedPlans } from './compareEngine';
import { localCalendarDate } from '../domain/calendarDate';
import { downloadBlob, downloadText, openLink } from '../io/download';
import { writeToHandle, type PlanFileHandle } from '../io/fileAccess';
import { planFileName } from '../io/fileName';
import { serializePlanFile } from '../io/planFile';
import type { PlanStore } from '../persistence/memoryRepository';
import { systemClock } from './clock';
import { locale } from './locale.svelte';
import type { Notice } from './notice';
import { FileHandles } from './fileHandles.svelte';

const PICTURE_EXTENSIONS: Record<PictureKind, string> = {
  svg: '.svg',
  png: '.png',
  slide: '-16x9.png',
  slide2x: '-16x9-2x.png',
};

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

  constructor(app: FilesHost, options: FilesOptions) {
    this.#app = app;
    this.#options = options;
  }

  /** An import always becomes a new plan; a refused file leaves everything as it was. */
  async importFile(file: File, handle?: PlanFileHandle): Promise<void> {
    let result;
    try {
      const { readPlanFile } = await import('../io/readPlanFile');
      result = await readPlanFile(file);
    } catch {
      return this.#app.notify({ kind: 'readFailed', fileName: file.name });
    }
    if (!result.ok) {
      return this.#app.notify({ kind: 'importRejected', fileName: file.name, error: result.error });
    }
    const id = await this.#app.addAndOpen(result.plan);
    if (handle) this.rememberHandle(id, handle);
    this.#app.notify({ kind: 'imported', fileName: file.name });
  }

  /** The open plan's items, tracks and markers as a workbook or as CSV files (issue 17). */
  async exportSheets(kind: SheetExportKind): Promise<void> {
    const plan = this.#app.open?.plan;
    if (!plan || !this.confirmExport(plan)) return;
    try {
      const [{ sheetFiles }] = await Promise.all([
        import('../export/sheetExport'),
        import('./laterMessages'),
      ]);
      const files = sheetFiles(plan, locale.t, kind, (ending) =>
        planFileName(plan.title, plan.asOf, ending),
      );
      for (const { fileName, blob } of files) downloadBlob(fileName, blob);
      // Not #exported(): a spreadsheet does not carry the whole plan, so it is no backup of it.
      this.#app.notify({ kind: 'sheetsExported', fileNames: files.map((f) => f.fileName) });
    } catch (error) {
      this.#app.notify({ kind: 'exportFailed', reason: String((error as Error).message ?? error) });
    }
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
    const plan = this.#app.open?.plan;
    if (!plan || !this.confirmExport(plan)) return;
    this.#app.notify({ kind: 'working' });
    try {
      const pictures = await this.#pictures(plan, kind, frame, look);
      for (const { blob, fileName } of pictures) downloadBlob(fileName, blob);
      this.#exported();
      const fileName = pictures[0]?.fileName ?? '';
      this.#app.notify({ kind: 'exported', fileName, count: pictures.length });
    } catch (error) {
      this.#app.notify({
        kind: 'exportFailed',
        reason: String((error as Error).message ?? error),
      });
    }
  }

  /**
   * Shares the open plan as a PNG that carries it: the system share sheet where the browser has
   * one for files, otherwise a download and a prepared email (mailto:) that says how to open it.
   */
  async share(): Promise<void> {
    const plan = this.#app.open?.plan;
    if (!plan || !this.confirmExport(plan)) return;
    this.#app.notify({ kind: 'working' });
    try {
      const [picture] = await this.#pictures(plan, 'png');
      if (!picture) return;
      const { blob, fileName } = picture;
      const { shareMessage } = await import('../i18n/shareMessage');
      const compared = this.#app.open?.comparison?.result ?? undefined;
      // The change texts are Finnish of the later half: here before they are asked for.
      if (compared) await import('./laterMessages');
      const message = shareMessage(plan, fileName, locale.t, locale.language, compared);
      const file = new File([blob], fileName, { type: 'image/png' });
      if (navigator.canShare?.({ files: [file] })) {
        await navigator.share({ files: [file], title: message.subject, text: message.body });
        this.#exported();
        this.#app.notify(null);
        return;
      }
      downloadBlob(fileName, blob);
      this.#exported();
      this.#app.notify({ kind: 'shared', fileName, mailto: message.mailto });
      openLink(message.mailto);
    } catch (error) {
      const aborted = (error as Error).name === 'AbortError';
      this.#app.notify(
        aborted
          ? null
          : { kind: 'exportFailed', reason: String((error as Error).message ?? error) },
      );
    }
  }

  async exportPlan(id: string): Promise<void> {
    const plan = await this.#app.currentPlan(id);
    if (!plan || !this.confirmExport(plan)) return;
    downloadText(planFileName(plan.title, plan.asOf), this.serialize(plan));
    this.#app.exported(id);
  }

  /** Downloads the records that could not be read, untouched, so nothing in them is lost. */
  async exportUnreadable(): Promise<void> {
    const records = await this.#app.repository.unreadableRecords();
    downloadText(
      `tiekartta-lukukelvottomat-${localCalendarDate(systemClock())}.json`,
      `${JSON.stringify(records, null, 2)}\n`,
    );
  }

  /** Writes the open plan back to the file it was opened from (File System Access API). */
  async saveToFile(): Promise<void> {
    const handle = this.openHandle;
    if (!handle || !this.#app.open) return;
    try {
      await writeToHandle(handle, this.serialize(this.#app.open.plan));
      this.#exported();
      this.#app.notify({ kind: 'savedToFile', fileName: handle.name });
    } catch (error) {
      this.#app.notify({
        kind: 'saveToFileFailed',
        fileName: handle.name,
        reason: String((error as Error).message ?? error),
      });
    }
  }

  /** The open plan has gone out as a file (or a picture carrying it). */
  #exported(): void {
    if (this.#app.open) this.#app.exported(this.#app.open.id);
  }

  /** Pictures of the plan that carry it, made by the export code loaded only now. */
  async #pictures(plan: Plan, kind: PictureKind, frame?: Frame, look?: PictureLook) {
    const comparison = this.#app.open?.comparison;
    const result = comparison?.result;
    const [{ renderPictures }, hyphenate] = await Promise.all([
      import('../export/pictureExport'),
      pictureHyphenator(),
      result && import('./laterMessages'),
    ]);
    const planFile = this.serialize(plan);
    const blobs = await renderPictures({
      plan,
      planFile,
      language: locale.language,
      t: locale.t,
      kind,
      frame,
      hyphenate,
      compared: result ? { ...result, dimUnchanged: comparison.dimUnchanged } : null,
      ...look,
    });
    const extension = PICTURE_EXTENSIONS[kind];
    return blobs.map((blob, i) => ({
      blob,
      fileName: planFileName(
        plan.title,
        plan.asOf,
        blobs.length > 1 ? extension.replace('.png', `-${i + 1}.png`) : extension,
      ),
    }));
  }

  /** The plan file as an export writes it, stamped with this moment. */
  serialize(plan: Plan): string {
    return serializePlanFile(plan, {
      exportedAt: (this.#options.now ?? systemClock)(),
      appVersion: this.#options.appVersion,
    });
  }
}
