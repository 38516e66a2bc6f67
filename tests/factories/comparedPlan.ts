import '../../src/domain/partCommands';
import { applyCommand, type Command } from '../../src/domain/commands';
import { takeBaseline } from '../../src/domain/comparison/snapshotOf';
import { groupByRow } from '../../src/domain/groupByRow';
import type { Plan } from '../../src/domain/planSchema';
import { fi } from '../../src/i18n/fi';
import { shiftText } from '../../src/i18n/shiftText';
import { translate, type Translate } from '../../src/i18n/translate';
import { comparisonLayout } from '../../src/layout/comparisonLayout';
import { SCREEN_METRICS } from '../../src/layout/metrics';
import { layoutRoadmap } from '../../src/layout/roadmapLayout';
import { createTimeScale } from '../../src/layout/timeScale';
import { compare } from '../../src/state/compareEngine';

export const tFi: Translate = (key, params) => translate(fi, key, params);

/** 4 px a day from 1.1.2022: every day at x = 4 × its number in the year. */
export const SCALE = createTimeScale('2022-01-01', '2022-12-31', 4);

/** The plan with a baseline of itself, then the commands: both sides and their comparison. */
export function comparedAfter(plan: Plan, commands: Command[]) {
  const baseline = takeBaseline(plan, { id: 'b1', name: 'Ohjausryhmä', savedOn: '2022-03-14' });
  const after = commands.reduce(
    applyCommand,
    applyCommand(plan, { type: 'baseline/add', baseline }),
  );
  const result = compare(after, { kind: 'baseline' });
  if (!result) throw new Error('no baseline');
  const layout = layoutRoadmap(after, SCALE, (item) => item.label, groupByRow(after.items));
  return { plan: after, result, layout };
}

/** The comparison laid out on the screen's metrics, shifts in Finnish. */
export function comparedLayout(plan: Plan, commands: Command[], clip = false) {
  const { result, layout, plan: after } = comparedAfter(plan, commands);
  const marks = comparisonLayout(layout.rows, result, {
    scale: SCALE,
    metrics: SCREEN_METRICS,
    clip,
    shiftText: (days) => shiftText(days, tFi),
  });
  return { marks, layout, result, plan: after };
}
