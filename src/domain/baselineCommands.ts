import type { Command } from './commands';
import type { Plan } from './planSchema';

export type BaselineCommand = Extract<Command, { type: `baseline/${string}` }>;

/** The plan without `compareWith`, or with it set: an absent key, never an `undefined` one. */
function choose(plan: Plan, id: string | undefined): Plan {
  const { compareWith: _, ...rest } = plan;
  return id === undefined ? rest : { ...rest, compareWith: id };
}

/** A new baseline becomes the one compared against, as the newest is by default. */
export function applyBaselineCommand(plan: Plan, command: BaselineCommand): Plan {
  switch (command.type) {
    case 'baseline/add':
      return choose({ ...plan, baselines: [...plan.baselines, command.baseline] }, undefined);
    case 'baseline/rename':
      return {
        ...plan,
        baselines: plan.baselines.map((b) =>
          b.id === command.id ? { ...b, name: command.name } : b,
        ),
      };
    case 'baseline/delete': {
      const baselines = plan.baselines.filter((b) => b.id !== command.id);
      const kept = plan.compareWith === command.id ? undefined : plan.compareWith;
      return choose({ ...plan, baselines }, kept);
    }
    case 'baseline/choose':
      return choose(plan, command.id);
  }
}

/** The baseline the comparison uses: the chosen one, else the newest saved. */
export function chosenBaseline(plan: Plan) {
  return (
    plan.baselines.find((b) => b.id === plan.compareWith) ??
    plan.baselines.reduce<Plan['baselines'][number] | undefined>(
      (newest, b) => (!newest || b.savedOn >= newest.savedOn ? b : newest),
      undefined,
    )
  );
}
