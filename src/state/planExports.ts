import type { Plan } from '../domain/planSchema';
import type { Frame } from '../layout/presentationFrame';
import type { PictureKind, PictureLook } from '../export/pictureExport';
import type { SheetExportKind } from '../export/sheetExport';
import { PictureTooLarge } from '../export/pictureTooLarge';
import { localCalendarDate } from '../domain/calendarDate';
import { downloadBlob, downloadText, openLink } from '../io/download';
import { writeToHandle } from '../io/fileAccess';
import { planFileName } from '../io/fileName';
import { serializePlanFile } from '../io/planFile';
import { systemClock } from './clock';
import { pictureHyphenator } from './hyphenator.svelte';
import { locale } from './locale.svelte';
import type { Notice } from './notice';
import type { FilesHost, FilesOptions, PlanFiles } from './planFiles';

const PICTURE_EXTENSIONS: Record<PictureKind, string> = {
  svg: '.svg',
  png: '.png',
  slide: '-16x9.png',
  slide2x: '-16x9-2x.png',
};

/** The plan going out: the file, pictures, sharing and save-back; loaded at the first export. */
export class PlanExports {
  readonly #app: FilesHost;
  readonly #options: FilesOptions;
  readonly #files: PlanFiles;

  constructor(app: FilesHost, options: FilesOptions, files: PlanFiles) {
    this.#app = app;
    this.#options = options;
    this.#files = files;
  }

  /** The open plan's items, tracks and markers as a workbook or as CSV files (issue 17). */
  async exportSheets(kind: SheetExportKind): Promise<void> {
    const plan = this.#app.open?.plan;
    if (!plan || !this.#files.confirmExport(plan)) return;
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

  /** A picture of the open plan (or of a frame of it) that carries the plan file; made on demand. */
  async exportPicture(kind: PictureKind, frame?: Frame, look?: PictureLook): Promise<void> {
    const plan = this.#app.open?.plan;
    if (!plan || !this.#files.confirmExport(plan)) return;
    this.#app.notify({ kind: 'working' });
    try {
      const pictures = await this.#pictures(plan, kind, frame, look);
      for (const { blob, fileName } of pictures) downloadBlob(fileName, blob);
      this.#exported();
      const [first] = pictures;
      this.#app.notify({
        kind: 'exported',
        fileName: first?.fileName ?? '',
        count: pictures.length,
        reduced: first?.reduced,
      });
    } catch (error) {
      this.#app.notify(failed(error));
    }
  }

  /**
   * Shares the open plan as a PNG that carries it: the system share sheet where the browser has
   * one for files, otherwise a download and a prepared email (mailto:) that says how to open it.
   */
  async share(): Promise<void> {
    const plan = this.#app.open?.plan;
    if (!plan || !this.#files.confirmExport(plan)) return;
    this.#app.notify({ kind: 'working' });
    try {
      const [picture] = await this.#pictures(plan, 'png');
      if (!picture) return;
      const { blob, fileName, reduced } = picture;
      const { shareMessage } = await import('../i18n/shareMessage');
      const compared = this.#app.open?.comparison?.result ?? undefined;
      // The change texts are Finnish of the later half: here before they are asked for.
      if (compared || plan.risks || plan.funding) await import('./laterMessages');
      const message = shareMessage(plan, fileName, locale.t, locale.language, compared);
      const file = new File([blob], fileName, { type: 'image/png' });
      if (navigator.canShare?.({ files: [file] })) {
        await navigator.share({ files: [file], title: message.subject, text: message.body });
        this.#exported();
        this.#app.notify(reduced ? { kind: 'pictureReduced', size: reduced } : null);
        return;
      }
      downloadBlob(fileName, blob);
      this.#exported();
      this.#app.notify({ kind: 'shared', fileName, mailto: message.mailto, reduced });
      openLink(message.mailto);
    } catch (error) {
      this.#app.notify((error as Error).name === 'AbortError' ? null : failed(error));
    }
  }

  async exportPlan(id: string): Promise<void> {
    const plan = await this.#app.currentPlan(id);
    if (!plan || !this.#files.confirmExport(plan)) return;
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
    const handle = this.#files.openHandle;
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
      // The comparison's, the links' and the risk and funding pages' words are of the later half.
      (result || plan.dependencies.length > 0 || plan.risks || plan.funding) &&
        import('./laterMessages'),
    ]);
    const planFile = this.serialize(plan);
    const pictures = await renderPictures({
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
    return pictures.map(({ blob, reduced }, i) => ({
      blob,
      reduced,
      fileName: planFileName(
        plan.title,
        plan.asOf,
        pictures.length > 1 ? extension.replace('.png', `-${i + 1}.png`) : extension,
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

/** A picture that failed: too large for a legible PNG, said in the user's words, or the reason. */
function failed(error: unknown): Notice {
  return error instanceof PictureTooLarge
    ? { kind: 'pictureTooLarge', size: error.size }
    : { kind: 'exportFailed', reason: String((error as Error).message ?? error) };
}
