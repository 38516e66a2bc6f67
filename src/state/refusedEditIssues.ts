import { toPlanIssues, type PlanIssue } from '../io/planIssues';
import type { RefusedEdit } from './notice';

/**
 * A refused edit's issues, located as in a plan file, where the editors show them. Worked out when
 * the notice is shown, so the issue locator stays out of the first download.
 */
export function refusedEditIssues(refused: RefusedEdit): PlanIssue[] {
  const located = refused.issues.map((issue) => ({ ...issue, path: ['plan', ...issue.path] }));
  return toPlanIssues(located, { plan: refused.attempted });
}
