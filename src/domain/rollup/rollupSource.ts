import type { Plan } from '../planSchema';

/** One plan in a roll-up, read from the library or from a file, never changed by the roll-up. */
export interface RollupSource {
  /** Unique within the roll-up; the order of the sources is the order on screen. */
  key: string;
  plan: Plan;
  /** The file it was read from; none for a plan of the library. */
  fileName?: string;
  /** The library's id of the plan; none for a file opened only for the roll-up. */
  libraryId?: string;
}
