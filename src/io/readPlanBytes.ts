import type { ImportResult } from './importResult';
import { planFromPicture } from './pictureImport';
import { parsePlanText } from './parsePlanFile';
import { MAX_FILE_BYTES } from './planFile';

/**
 * The whole read of a user's file, from bytes to a valid plan or a coded error: picture
 * detection, the plan carried by a PNG or SVG, the JSON shape check, JSON.parse, migrations and
 * validation. Pure and synchronous, so it runs the same in the reader worker and, where there is
 * no Worker, in the calling thread. Never throws.
 */
export function readPlanBytes(bytes: Uint8Array): ImportResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: bytes.length, limit: MAX_FILE_BYTES } };
  }
  const picture = planFromPicture(bytes);
  switch (picture.kind) {
    case 'unreadable-picture':
      return { ok: false, error: { code: 'picture-unreadable' } };
    case 'picture':
      return picture.planText === null
        ? { ok: false, error: { code: 'no-plan-in-picture' } }
        : parsePlanText(picture.planText);
    case 'not-a-picture':
      return parsePlanText(new TextDecoder().decode(bytes));
  }
}
