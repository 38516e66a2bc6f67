import type { z } from 'zod/mini';
import { applyCommand, type Command } from './commands';
import { checkChanged } from './checkChanged';
import { planSchema, type Plan } from './planSchema';

export type ExecuteResult =
  { ok: true; plan: Plan } | { ok: false; issues: z.core.$ZodIssue[]; attempted: Plan };

/**
 * Applies a command and keeps the result only if the schema would accept the whole plan. The
 * plan before was valid, so only what the command replaced is checked, with the rules that span
 * the plan; a refusal is then explained by the full schema, issue for issue.
 */
export function execute(plan: Plan, command: Command): ExecuteResult {
  const next = applyCommand(plan, command);
  if (checkChanged(plan, next)) return { ok: true, plan: next };
  const checked = planSchema.safeParse(next);
  if (!checked.success) return { ok: false, issues: checked.error.issues, attempted: next };
  return { ok: true, plan: next };
}
