import { SvelteMap } from 'svelte/reactivity';
import type { Plan } from '../domain/planSchema';
import type { PictureKind } from '../export/pictureExport';
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
  async exportPicture(kind: PictureKind, range?: { start: string; end: string }): Promise<void> {
    const plan = this.#app.open?.plan;
    if (!plan || !this.confirmExport(plan)) return;
    this.#app.notice = { kind: 'working' };
    try {
      const { blob, fileName } = await this.#picture(plan, kind, range);
      downloadBlob(fileName, blob);
      this.#exported();
      this.#app.notice = { kind: 'exported', fileName };
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
      const { blob, fileName } = await this.#picture(plan, 'png');
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

  /** A picture of the plan that carries it, made by the export code loaded only now. */
  async #picture(plan: Plan, kind: PictureKind, range?: { start: string; end: string }) {
    const { renderPicture } = await import('../export/pictureExport');
    const planFile = this.serialize(plan);
    const blob = await renderPicture({
      plan,
      planFile,
      language: locale.language,
      t: locale.t,
      kind,
      range,
    });
    return { blob, fileName: planFileName(plan.title, plan.asOf, PICTURE_EXTENSIONS[kind]) };
  }

  /** The plan file as an export writes it, stamped with this moment. */
  serialize(plan: Plan): string {
    return serializePlanFile(plan, {
      exportedAt: (this.#options.now ?? systemClock)(),
      appVersion: this.#options.appVersion,
    });
  }
}
