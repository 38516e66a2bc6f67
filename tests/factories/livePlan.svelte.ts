import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/planSchema';

/** A plan that takes its edits as the app does: each command comes back as the plan shown. */
export class LivePlan {
  plan = $state.raw() as Plan;

  constructor(plan: Plan) {
    this.plan = plan;
  }

  exec = (command: Command): boolean => {
    this.plan = applyCommand(this.plan, command);
    return true;
  };
}
