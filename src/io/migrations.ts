import { FORMAT_VERSION } from './planFile';

type FileRecord = Record<string, unknown>;

/** Why a file of an older version cannot be brought up to date; the UI says it in words. */
export type MigrationReason = 'noPlan' | 'fieldFromLaterVersion';

/** Upgrades a file of version N to N + 1; never mutates. */
export interface Migration {
  /** What the step does, for the reader of the code. */
  readonly name: string;
  /** Why this file is not a valid file of version N, or null: checked before the step runs. */
  refuse(file: Readonly<FileRecord>): MigrationReason | null;
  up(file: Readonly<FileRecord>): FileRecord;
}

const isRecord = (value: unknown): value is FileRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 2 keeps baselines in the plan; a version 1 file has none to keep. */
const addBaselines: Migration = {
  name: '1→2: baselines travel inside the plan',
  refuse(file) {
    if (!isRecord(file.plan)) return 'noPlan';
    if ('baselines' in file.plan || 'compareWith' in file.plan) return 'fieldFromLaterVersion';
    return null;
  },
  up: (file) => ({ ...file, plan: { ...(file.plan as FileRecord), baselines: [] } }),
};

/** `MIGRATIONS[n]` upgrades version n to n + 1. Version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: addBaselines };

export type MigrationResult =
  | { ok: true; file: FileRecord }
  | { ok: false; missingFrom: number }
  | { ok: false; refusedAt: number; reason: MigrationReason };

export function migrateFile(
  file: Readonly<FileRecord>,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = FORMAT_VERSION,
): MigrationResult {
  let current: FileRecord = { ...file };
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, missingFrom: version };
    const reason = step.refuse(current);
    if (reason) return { ok: false, refusedAt: version, reason };
    current = { ...step.up(current), version: version + 1 };
  }
  return { ok: true, file: current };
}
