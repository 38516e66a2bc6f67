import type { Command } from '../commands';
import { successorsOf } from './successors';
import type { Plan } from '../planSchema';
import type { Shift } from '../shift';

const startOf = (item: Plan['items'][number]) =>
  item.type === 'milestone' ? item.date : item.start;

/**
 * "Siirrä aikataulua": every item starting on or after `date`; with `withDependents`, also the
 * items that depend on those, by the same amount, as one command.
 */
export function shiftAfterCommand(
  plan: Plan,
  date: string,
  shift: Shift,
  withDependents: boolean,
): Command {
  if (!withDependents) return { type: 'items/shiftAfter', date, shift };
  const moved = plan.items.filter((item) => startOf(item) >= date).map((item) => item.id);
  const ids = [...moved, ...successorsOf(plan.dependencies, moved)];
  return { type: 'items/shift', ids, shift };
}
