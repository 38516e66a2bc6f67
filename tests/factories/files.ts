import type { Plan } from '../../src/domain/planSchema';
import { FORMAT_VERSION, serializePlanFile } from '../../src/io/planFile';
import { makePlan } from './plans';

export const FIXED_META = { exportedAt: new Date('2022-06-15T09:00:00.000Z'), appVersion: '0.1.0' };

/** A plan file's text, as the app would export it at a fixed moment. */
export function makeFileText(plan: Plan = makePlan()): string {
  return serializePlanFile(plan, FIXED_META);
}

/** A file's parsed JSON with its plan replaced by anything, valid or not, for rejection tests. */
export function makeFileValue(plan: unknown): Record<string, unknown> {
  return {
    type: 'tiekartta-plan',
    version: FORMAT_VERSION,
    appVersion: '0.1.0',
    exportedAt: '2022-06-15T09:00:00.000Z',
    plan,
  };
}
