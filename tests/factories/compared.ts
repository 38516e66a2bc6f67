import { applyCommand, type Command } from '../../src/domain/commands';
import { takeBaseline } from '../../src/domain/comparison/snapshotOf';
import type { Plan } from '../../src/domain/planSchema';
import { compare, type ComparedPlans } from '../../src/state/compareEngine';
import { TWO_LANES } from './changes';

/** A plan with a baseline "Ohjausryhmä 14.3.2022" of TWO_LANES, edited by the commands after it. */
export function withBaseline(commands: Command[], base: Plan = TWO_LANES): Plan {
  const baseline = takeBaseline(base, {
    id: 'b-1',
    name: 'Ohjausryhmä 14.3.2022',
    savedOn: '2022-03-14',
  });
  return commands.reduce(applyCommand, { ...base, baselines: [baseline] });
}

/** The plan compared with its baseline, as the screen gets it. */
export function comparedWithBaseline(plan: Plan): ComparedPlans {
  const result = compare(plan, { kind: 'baseline' });
  if (!result) throw new Error('the plan has no baseline');
  return result;
}
