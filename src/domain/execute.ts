import type { z } from 'zod';
import { applyCommand, type Command } from './commands';
import { planSchema, type Plan } from './planSchema';

export type ExecuteResult =
  { ok: true; plan: Plan } | { ok: false; issues: z.core.$ZodIssue[]; attempted: Plan };

/** Applies a command and keeps the result only if the schema accepts the whole plan. */
export function execute(plan: Plan, command: Command): ExecuteResult {
  const next = applyCommand(plan, command);
  const checked = planSchema.safeParse(next);
  if (!checked.success) return { ok: false, issues: checked.error.issues, attempted: next };
  return { ok: true, plan: next };
}
