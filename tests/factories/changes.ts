import { applyCommand, type Command } from '../../src/domain/commands';
import { diffPlans } from '../../src/domain/comparison/diffPlans';
import { snapshotOf } from '../../src/domain/comparison/snapshotOf';
import type { Plan } from '../../src/domain/planSchema';
import type { ChangeInput } from '../../src/i18n/changeText';
import type { Language } from '../../src/i18n/languages';
import { translate, type Translate } from '../../src/i18n/translate';
import { MESSAGES } from './messages';
import { makeLane, makePlan } from './plans';

/** The test plan with a second lane (TORI, row "Talous"), to move items across lanes. */
export const TWO_LANES: Plan = makePlan({
  lanes: [
    makeLane(),
    makeLane({ id: 'lane-2', name: 'TORI', kind: 'tori', rows: [{ id: 'row-3', name: 'Talous' }] }),
  ],
});

export const tFor =
  (language: Language): Translate =>
  (key, params) =>
    translate(MESSAGES[language], key, params);

/** TWO_LANES compared with itself after the commands, as the change list reads it. */
export function comparedAfter(commands: Command[], base: Plan = TWO_LANES, guess = false) {
  const plan = commands.reduce(applyCommand, base);
  const before = snapshotOf(base);
  const after = snapshotOf(plan);
  const input: ChangeInput = { comparison: diffPlans(before, after, { guess }), before, after };
  return { plan, input };
}
