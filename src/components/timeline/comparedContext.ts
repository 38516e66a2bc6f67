import { getContext, setContext } from 'svelte';
import type { ComparedPlans } from '../../state/compareEngine';

/** A comparison's result, with the code that reads slip from it (loaded with the first result). */
export interface Compared {
  result: ComparedPlans;
  slip: typeof import('./itemSlip');
}
type ComparedGetter = () => Compared | null;

// getContext, not createContext: its wrapper and error texts would add to the first download.
const KEY = Symbol('compared');

/**
 * The roadmap view hands the comparison down this way, so the lane names, the tooltip, the table
 * and the details show slip without a prop through every component between.
 */
export const setCompared = (compared: ComparedGetter) => setContext(KEY, compared);

/** The comparison while comparing; outside a roadmap view, always none. */
export const getCompared = (): ComparedGetter =>
  getContext<ComparedGetter | undefined>(KEY) ?? (() => null);
