import type { ImportError } from '../io/importResult';
import type { ExecuteResult } from '../domain/execute';
import { toPlanIssues, type PlanIssue } from '../io/planIssues';
import type { StoredPlan } from '../persistence/planRepository';

export type { PlanIssue };

/** A message on screen; kept as data so it follows a change of language. */
export type Notice =
  | { kind: 'importRejected'; fileName: string; error: ImportError }
  | { kind: 'readFailed'; fileName: string }
  | { kind: 'imported'; fileName: string }
  | { kind: 'deleted'; stored: StoredPlan }
  | { kind: 'savedToFile'; fileName: string }
  | { kind: 'saveToFileFailed'; fileName: string; reason: string }
  | { kind: 'editRefused'; issues: PlanIssue[] }
  | { kind: 'exported'; fileName: string; count?: number }
  | { kind: 'exportFailed'; reason: string }
  | { kind: 'working' }
  | { kind: 'restored'; savedAt: string }
  | { kind: 'versionUnreadable' }
  | { kind: 'versionsCleared' }
  | { kind: 'shared'; fileName: string; mailto: string }
  /** Edits that tabs left unsaved when they closed, put back at this start. */
  | { kind: 'journalReplayed'; restored: string[]; copies: string[] }
  | { kind: 'openFailed'; title: string; missing: boolean }
  | { kind: 'theirsTaken'; copyTitle: string }
  | { kind: 'copyFailed'; reason: string }
  | { kind: 'startFailed'; reason: string };

/** A refused edit, its issues located as in a plan file, where the editors show them. */
export function editRefused(result: Extract<ExecuteResult, { ok: false }>): Notice {
  const issues = result.issues.map((issue) => ({ ...issue, path: ['plan', ...issue.path] }));
  return { kind: 'editRefused', issues: toPlanIssues(issues, { plan: result.attempted }) };
}
