import { FORMAT_VERSION } from './planFile';

/** A migration takes a file of version N and returns a new file of version N + 1; never mutates. */
export type Migration = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** `MIGRATIONS[n]` upgrades version n to n + 1. Version 1 is the first; none exist yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  { ok: true; file: Record<string, unknown> } | { ok: false; missingFrom: number };

export function migrateFile(
  file: Readonly<Record<string, unknown>>,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = FORMAT_VERSION,
): MigrationResult {
  let current: Record<string, unknown> = { ...file };
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, missingFrom: version };
    current = { ...step(current), version: version + 1 };
  }
  return { ok: true, file: current };
}
