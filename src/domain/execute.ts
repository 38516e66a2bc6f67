import { applyCommand, type Command } from './commands';
import { planSchema, type Plan } from './planSchema';

export type ExecuteResult = { ok: true; plan: Plan } | { ok: false; issues: string[] };

/** Applies a command and keeps the result only if the schema accepts the whole plan. */
export function execute(plan: Plan, command: Command): ExecuteResult {
  const next = applyCommand(plan, command);
  const checked = planSchema.safeParse(next);
  if (!checked.success)
    return { ok: false, issues: checked.error.issues.map((issue) => issue.message) };
  return { ok: true, plan: next };
}
