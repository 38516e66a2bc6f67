import { execute, type ExecuteResult } from '../domain/execute';
import type { Plan } from '../domain/planSchema';
import type { SheetImportCommand } from '../domain/sheetImportCommand';

/** Things checked between pauses: a few milliseconds of schema checks. */
export const CHECK_SLICE = 500;

/**
 * execute() of a sheet import into a plan without items (a new plan), in slices with `pause()`
 * between them, so that 5,000 rows are not checked in one long task: the lanes and rows first,
 * then the items, tracks and markers a slice at a time, each slice checked over the plan of the
 * slices before (execute() checks only what is new), and the risks and funding, which link to
 * items, last. The plan is the one a single execute() would give, and so is a refusal.
 */
export async function executeInSlices(
  plan: Plan,
  command: SheetImportCommand,
  pause: () => Promise<void>,
  slice = CHECK_SLICE,
): Promise<ExecuteResult> {
  const steps = Math.max(
    1,
    Math.ceil(
      Math.max(command.items.length, command.tracks.length, command.markers.length) / slice,
    ),
  );
  let current = plan;
  for (let step = 0; step < steps; step++) {
    const part = (list: readonly unknown[]) => list.slice(step * slice, (step + 1) * slice);
    const last = step === steps - 1;
    const { risks, funding, ...things } = command;
    const partial: SheetImportCommand = {
      ...things,
      lanes: step === 0 ? command.lanes : [],
      rows: step === 0 ? command.rows : [],
      items: part(command.items) as SheetImportCommand['items'],
      tracks: part(command.tracks) as SheetImportCommand['tracks'],
      markers: part(command.markers) as SheetImportCommand['markers'],
      ...(last && risks ? { risks } : {}),
      ...(last && funding ? { funding } : {}),
    };
    const result = execute(current, partial);
    if (!result.ok) return result;
    current = result.plan;
    if (!last) await pause();
  }
  return { ok: true, plan: current };
}
