import { applyCommand } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/planSchema';
import type { ComparedDrawing } from '../../src/drawing/comparedDrawing';
import { parsePlanText } from '../../src/io/parsePlanFile';
import { compare } from '../../src/state/compareEngine';
import { SAMPLE_TEXT } from './fixtures';
import { sampleChanges } from './sampleChanges';

const parsed = parsePlanText(SAMPLE_TEXT);
export const SAMPLE = (parsed.ok ? parsed.plan : null) as Plan;

/** Keski-Suomi's sample with a baseline and the changes of `sampleChanges`, compared. */
export function comparedSample(): { plan: Plan; compared: ComparedDrawing } {
  const plan = sampleChanges(SAMPLE).reduce(applyCommand, SAMPLE);
  const result = compare(plan, { kind: 'baseline' });
  if (!result) throw new Error('the sample has no baseline');
  return { plan, compared: { ...result, dimUnchanged: false } };
}
