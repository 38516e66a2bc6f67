import type { Command } from '../commands';
import type { Plan } from '../planSchema';

export type DependencyCommand = Extract<Command, { type: `dependency/${string}` }>;

export function applyDependencyCommand(plan: Plan, command: DependencyCommand): Plan {
  switch (command.type) {
    case 'dependency/add':
      return { ...plan, dependencies: [...plan.dependencies, command.dependency] };
    case 'dependency/update':
      return {
        ...plan,
        dependencies: plan.dependencies.map((d) =>
          d.id === command.id ? { ...d, kind: command.kind } : d,
        ),
      };
    case 'dependency/delete':
      return { ...plan, dependencies: plan.dependencies.filter((d) => d.id !== command.id) };
  }
}

/** A deleted item takes its links with it, so none is left pointing at nothing. */
export function withoutDependenciesOf(plan: Plan, gone: ReadonlySet<string>): Plan {
  if (!gone.size || !plan.dependencies.some((d) => gone.has(d.from) || gone.has(d.to))) return plan;
  const dependencies = plan.dependencies.filter((d) => !gone.has(d.from) && !gone.has(d.to));
  return { ...plan, dependencies };
}
