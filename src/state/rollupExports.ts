import type { Plan } from '../domain/planSchema';
import type { PixelSize } from '../export/canvasDensity';
import type { PictureKind, PictureLook } from '../export/pictureExport';
import type { Frame } from '../layout/presentationFrame';
import type { RollupFile } from '../domain/rollup/rollupFileSchema';
import { ROLLUP_FILE_EXTENSION } from '../domain/rollup/rollupFileSchema';
import { downloadBlob, downloadText } from '../io/download';
import { planFileName } from '../io/fileName';
import { serializePlanFile } from '../io/planFile';
import { serializeRollupFile } from '../io/rollupFile';
import { pictureHyphenator } from './hyphenator.svelte';
import { locale } from './locale.svelte';

/**
 * A picture of the roll-up, drawn by the one renderer from the roll-up's plan, which it carries:
 * opened, the picture gives that plan. Returns the file name downloaded and, where the PNG was
 * made less sharp than usual to fit the browser's canvas, its size. Throws PictureTooLarge where
 * no legible PNG of it can be made.
 */
export async function exportRollupPicture(
  plan: Plan,
  kind: PictureKind,
  look: PictureLook & { frame?: Frame } = {},
  now = new Date(),
): Promise<{ fileName: string; reduced: PixelSize | null }> {
  const [{ renderPictures }, hyphenate] = await Promise.all([
    import('../export/pictureExport'),
    pictureHyphenator(),
  ]);
  const planFile = serializePlanFile(plan, { exportedAt: now, appVersion: __APP_VERSION__ });
  const [picture] = await renderPictures({
    plan,
    planFile,
    language: locale.language,
    t: locale.t,
    kind,
    hyphenate,
    ...look,
  });
  const fileName = planFileName(plan.title, plan.asOf, kind === 'svg' ? '.svg' : '.png');
  if (picture) downloadBlob(fileName, picture.blob);
  return { fileName, reduced: picture?.reduced ?? null };
}

/** The roll-up file, named after its title. */
export function downloadRollupFile(file: RollupFile, today: string): string {
  const fileName = planFileName(file.title, today, ROLLUP_FILE_EXTENSION);
  downloadText(fileName, serializeRollupFile(file));
  return fileName;
}
