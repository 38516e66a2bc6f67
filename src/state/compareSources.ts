import { localCalendarDate } from '../domain/calendarDate';
import { snapshotOf, takeBaseline } from '../domain/comparison/snapshotOf';
import { newId } from '../domain/ids';
import type { Baseline, Plan } from '../domain/planSchema';
import type { ImportError } from '../io/importResult';
import { MAX_FILE_BYTES, serializePlanFile } from '../io/planFile';
import type { CompareSource } from './comparison.svelte';

/** A baseline of the plan as it is now, saved today under `name`. */
export function newBaseline(plan: Plan, name: string, today = new Date()): Baseline {
  return takeBaseline(plan, { id: newId('baseline'), name, savedOn: localCalendarDate(today) });
}

export interface FileSize {
  bytes: number;
  limit: number;
  fits: boolean;
}

const META = { exportedAt: new Date(0), appVersion: '0.0.0' };

/** How big the plan's file is with `plan` as it would be written, against the file limit. */
export function fileSizeOf(plan: Plan): FileSize {
  const bytes = new Blob([serializePlanFile(plan, META)]).size;
  return { bytes, limit: MAX_FILE_BYTES, fits: bytes <= MAX_FILE_BYTES };
}

/** Another plan file, read only for the comparison: never added to the library. */
export async function fileSource(
  file: File,
): Promise<{ ok: true; source: CompareSource } | { ok: false; error: ImportError }> {
  try {
    const { readPlanFile } = await import('../io/readPlanFile');
    const result = await readPlanFile(file);
    if (!result.ok) return result;
    return {
      ok: true,
      source: { kind: 'file', name: file.name, snapshot: snapshotOf(result.plan) },
    };
  } catch {
    return { ok: false, error: { code: 'read-failed' } };
  }
}

/** An earlier version of the open plan, from the versions ring. */
export const versionSource = (plan: Plan, savedAt: string): CompareSource => ({
  kind: 'version',
  savedAt,
  snapshot: snapshotOf(plan),
});
