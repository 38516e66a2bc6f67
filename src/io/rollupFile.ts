import {
  ROLLUP_FILE_TYPE,
  ROLLUP_FORMAT_VERSION,
  rollupFileSchema,
  type RollupFile,
} from '../domain/rollup/rollupFileSchema';
import { rollupFileIssues, type RollupFileIssue } from './rollupFileIssues';

export type RollupFileResult =
  | { ok: true; file: RollupFile }
  | { ok: false; error: 'not-json' | 'wrong-type' | 'version-too-new' }
  /** What is wrong, where: "kansallinen virstanpylväs ”Aloitus” › päivämäärä: …". */
  | { ok: false; error: 'invalid-data'; issues: RollupFileIssue[] };

/** Pretty-printed in the schema's key order, so one roll-up always gives the same bytes. */
export function serializeRollupFile(file: RollupFile): string {
  return `${JSON.stringify(rollupFileSchema.parse(file), null, 2)}\n`;
}

/** A roll-up file read back; anything else is refused with a code the UI words. */
export function parseRollupFile(text: string): RollupFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const head = (value ?? {}) as { type?: unknown; version?: unknown };
  if (typeof value !== 'object' || head.type !== ROLLUP_FILE_TYPE)
    return { ok: false, error: 'wrong-type' };
  if (typeof head.version === 'number' && head.version > ROLLUP_FORMAT_VERSION)
    return { ok: false, error: 'version-too-new' };
  const parsed = rollupFileSchema.safeParse(value);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, error: 'invalid-data', issues: rollupFileIssues(parsed.error.issues, value) };
}
