import type { Plan } from '../domain/planSchema';
import type { MigrationReason } from './migrations';
import type { PlanIssue } from './planIssues';

export type ImportError =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-json'; detail: string }
  | { code: 'too-complex'; reason: 'too-deep' | 'too-many' }
  | { code: 'wrong-type' }
  | { code: 'no-plan-in-picture' }
  /** An SVG that is not well-formed XML, nests too deep, declares entities or has markup in its plan. */
  | { code: 'picture-unreadable' }
  /** The reader stopped before it answered (its worker failed to start or died). */
  | { code: 'read-failed' }
  | { code: 'version-too-new'; version: number; supported: number }
  | { code: 'version-unknown'; version: unknown }
  /** An older file that is not a valid file of its own version, so it cannot be brought up to date. */
  | { code: 'migration-failed'; version: number; reason: MigrationReason }
  | { code: 'invalid-data'; issues: PlanIssue[] };

export type ImportResult =
  | { ok: true; plan: Plan; fromVersion: number; appVersion: string }
  | { ok: false; error: ImportError };
