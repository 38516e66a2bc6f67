import { comparedShapes } from '../../drawing/comparedDrawing';
import type { ComparisonMarks } from '../../drawing/comparisonMarks';
import { DEFAULT_THEME } from '../../drawing/theme';
import type { Translate } from '../../i18n/translate';
import { SCREEN_METRICS } from '../../layout/metrics';
import type { RowBox } from '../../layout/roadmapLayout';
import type { TimeScale } from '../../layout/timeScale';
import type { ComparedPlans } from '../../state/compareEngine';

let last: { args: unknown[]; marks: ComparisonMarks } | null = null;

/**
 * The comparison's marks over the rows in view. The layer behind the items and the one over them
 * both ask; the second gets the first one's marks.
 */
export function comparedOnScreen(
  result: ComparedPlans,
  rows: readonly RowBox[],
  scale: TimeScale,
  t: Translate,
): ComparisonMarks {
  const args = [result, rows, scale, t];
  if (last && last.args.every((arg, i) => arg === args[i])) return last.marks;
  const marks = comparedShapes(
    { ...result, dimUnchanged: false },
    { rows, scale, theme: DEFAULT_THEME, metrics: SCREEN_METRICS, t, clip: false },
  );
  last = { args, marks };
  return marks;
}
