import { SvelteMap } from 'svelte/reactivity';
import type { Plan } from '../domain/planSchema';
import type { Frame } from '../layout/presentationFrame';
import { pictureHyphenator } from './hyphenator.svelte';
import type { PictureKind, PictureLook } from '../export/pictureExport';
import { shareMessage } from '../i18n/shareMessage';
import { downloadBlob, downloadText, openLink } from '../io/download';
import { writeToHandle, type PlanFileHandle } from '../io/fileAccess';
import { planFileName } from '../io/fileName';
import { serializePlanFile } from '../io/planFile';
import type { AppOptions, AppState } from './app.svelte';
import { systemClock } from './clock';
import { locale } from './locale.svelte';

const PICTURE_EXTENSIONS: Record<PictureKind, string> = {
  svg: '.svg',
  png: '.png',
  slide: '-16x9.png',
  slide2x: '-16x9-2x.png',
};

/** The open plan going out of the app: the plan file, pictures that carry it, sharing, save-back. */
export class PlanFiles {
  readonly #app: AppState;
  readonly #options: Pick<AppOptions, 'now' | 'appVersion' | 'confirm'>;
  readonly #handles = new SvelteMap<string, PlanFileHandle>();

  constructor(app: AppState, options: Pick<AppOptions, 'now' | 'appVersion' | 'confirm'>) {
    this.#app = app;
    this.#options = options;
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
    this.#app.notice = { kind: 'working' };
    try {
      const pictures = await this.#pictures(plan, kind, frame, look);
      for (const { blob, fileName } of pictures) downloadBlob(fileName, blob);
      this.#exported();
      const fileName = pictures[0]?.fileName ?? '';
      this.#app.notice = { kind: 'exported', fileName, count: pictures.length };
    } catch (error) {
      this.#app.notice = {
        kind: 'exportFailed',
        reason: String((error as Error).message ?? error),
      };
    }
  }

  /**
   * Shares the open plan as a PNG that carries it: the system share sheet where the browser has
   * one for files, otherwise a download and a prepared email (mailto:) that says how to open it.
   */
  async share(): Promise<void> {
    const plan = this.#app.open?.plan;
    if (!plan || !this.confirmExport(plan)) return;
    this.#app.notice = { kind: 'working' };
    try {
      const [picture] = await this.#pictures(plan, 'png');
      if (!picture) return;
      const { blob, fileName } = picture;
      const message = shareMessage(plan, fileName, locale.t, locale.language);
      const file = new File([blob], fileName, { type: 'image/png' });
      if (navigator.canShare?.({ files: [file] })) {
        await navigator.share({ files: [file], title: message.subject, text: message.body });
        this.#exported();
        this.#app.notice = null;
        return;
      }
      downloadBlob(fileName, blob);
      this.#exported();
      this.#app.notice = { kind: 'shared', fileName, mailto: message.mailto };
      openLink(message.mailto);
    } catch (error) {
      const aborted = (error as Error).name === 'AbortError';
      this.#app.notice = aborted
        ? null
        : { kind: 'exportFailed', reason: String((error as Error).message ?? error) };
    }
  }

  async exportPlan(id: string): Promise<void> {
    const plan = await this.#app.currentPlan(id);
    if (!plan || !this.confirmExport(plan)) return;
    downloadText(planFileName(plan.title, plan.asOf), this.serialize(plan));
    this.#app.exports.exported(id);
  }

  /** Writes the open plan back to the file it was opened from (File System Access API). */
  async saveToFile(): Promise<void> {
    const handle = this.openHandle;
    if (!handle || !this.#app.open) return;
    try {
      await writeToHandle(handle, this.serialize(this.#app.open.plan));
      this.#exported();
      this.#app.notice = { kind: 'savedToFile', fileName: handle.name };
    } catch (error) {
      this.#app.notice = {
        kind: 'saveToFileFailed',
        fileName: handle.name,
        reason: String((error as Error).message ?? error),
      };
    }
  }

  /** The open plan has gone out as a file (or a picture carrying it). */
  #exported(): void {
    if (this.#app.open) this.#app.exports.exported(this.#app.open.id);
  }

  /** Pictures of the plan that carry it, made by the export code loaded only now. */
  async #pictures(plan: Plan, kind: PictureKind, frame?: Frame, look?: PictureLook) {
    const [{ renderPictures }, hyphenate] = await Promise.all([
      import('../export/pictureExport'),
      pictureHyphenator(),
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
