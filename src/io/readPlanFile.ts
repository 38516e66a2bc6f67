import type { ImportResult } from './importResult';
import { planFromPicture } from './pictureImport';
import { parsePlanText } from './parsePlanFile';
import { MAX_FILE_BYTES } from './planFile';

/** Reads a user's file (a plan file, or a PNG or SVG that carries one); the size is checked first. */
export async function readPlanFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES } };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const picture = planFromPicture(bytes);
  if (picture.kind === 'picture') {
    return picture.planText === null
      ? { ok: false, error: { code: 'no-plan-in-picture' } }
      : parsePlanText(picture.planText);
  }
  return parsePlanText(new TextDecoder().decode(bytes));
}
