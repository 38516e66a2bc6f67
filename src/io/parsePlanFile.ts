import { envelopeSchema, FILE_TYPE, FORMAT_VERSION, MAX_FILE_BYTES } from './planFile';
import type { ImportResult } from './importResult';
import { checkJsonShape } from './jsonShape';
import { migrateFile } from './migrations';
import { toPlanIssues } from './planIssues';
import { repairText } from './repairText';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the text of a plan file. Never throws: every failure is a coded error. */
export function parsePlanText(text: string): ImportResult {
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: text.length, limit: MAX_FILE_BYTES } };
  }
  const shape = checkJsonShape(text);
  if (!shape.ok) return { ok: false, error: { code: 'too-complex', reason: shape.reason } };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: String((error as Error).message) } };
  }
  return parsePlanValue(value);
}

/** The one path from parsed JSON (a file or a stored record) to a valid plan. */
export function parsePlanValue(value: unknown): ImportResult {
  if (!isRecord(value) || value.type !== FILE_TYPE)
    return { ok: false, error: { code: 'wrong-type' } };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'version-unknown', version } };
  }
  if (version > FORMAT_VERSION) {
    return { ok: false, error: { code: 'version-too-new', version, supported: FORMAT_VERSION } };
  }
  const migrated = migrateFile(value, version);
  if (!migrated.ok) return { ok: false, error: { code: 'version-unknown', version } };
  const file = repairText(migrated.file);
  const parsed = envelopeSchema.safeParse(file);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-data', issues: toPlanIssues(parsed.error.issues, file) },
    };
  }
  return {
    ok: true,
    plan: parsed.data.plan,
    fromVersion: version,
    appVersion: parsed.data.appVersion,
  };
}
