import type { z } from 'zod/mini';
import { envelopeSchema, FILE_TYPE, FORMAT_VERSION } from './planFile';
import type { ImportError, ImportResult } from './importResult';
import { migrateFile } from './migrations';
import { repairText } from './repairText';

/**
 * A value checked as strictly as any file. A schema failure keeps zod's issues unexplained, so
 * what stored records need at start leaves the mapping of issues to the file reader.
 */
export type PlanValueCheck =
  | Extract<ImportResult, { ok: true }>
  | { ok: false; error: Exclude<ImportError, { code: 'invalid-data' }> }
  | { ok: false; invalid: { issues: readonly z.core.$ZodIssue[]; file: unknown } };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The one check from parsed JSON (a file or a stored record) to a valid plan. */
export function checkPlanValue(value: unknown): PlanValueCheck {
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
  if ('reason' in migrated) {
    const error = { code: 'migration-failed', version, reason: migrated.reason } as const;
    return { ok: false, error };
  }
  if (!migrated.ok) return { ok: false, error: { code: 'version-unknown', version } };
  const file = repairText(migrated.file);
  const parsed = envelopeSchema.safeParse(file);
  if (!parsed.success) return { ok: false, invalid: { issues: parsed.error.issues, file } };
  return {
    ok: true,
    plan: parsed.data.plan,
    fromVersion: version,
    appVersion: parsed.data.appVersion,
  };
}
