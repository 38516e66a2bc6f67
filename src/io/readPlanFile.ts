import type { ImportResult } from './importResult';
import { parsePlanText } from './parsePlanFile';
import { MAX_FILE_BYTES } from './planFile';

/** Reads a user's file; the size is checked before a byte is read. */
export async function readPlanFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES } };
  }
  return parsePlanText(await file.text());
}
