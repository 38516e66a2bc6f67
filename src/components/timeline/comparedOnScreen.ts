import { comparisonMarks, type ComparisonMarks } from '../../drawing/comparisonMarks';
import { DEFAULT_THEME } from '../../drawing/theme';
import { shiftText } from '../../i18n/shiftText';
import type { Translate } from '../../i18n/translate';
import { comparisonLayout, type ComparisonLayout } from '../../layout/comparisonLayout';
import { SCREEN_METRICS } from '../../layout/metrics';
import { sameList } from '../../layout/sameList';
import type { RowBox } from '../../layout/roadmapLayout';
import type { TimeScale } from '../../layout/timeScale';
import type { Viewport } from '../../layout/visibleWindow';
import type { ComparedPlans } from '../../state/compareEngine';

let laid: { key: unknown[]; rows: readonly RowBox[]; layout: ComparisonLayout } | null = null;
let drawn: { key: unknown[]; marks: ComparisonMarks } | null = null;

/** The marks whose extent reaches into [left, right]: a scroll draws what it shows. */
function inView(layout: ComparisonLayout, left: number, right: number): ComparisonLayout {
  const reaches = (...xs: number[]) => Math.max(...xs) >= left && Math.min(...xs) <= right;
  return {
    changed: layout.changed.filter(({ ghost, arrow, shift }) =>
      reaches(
        ghost.shape.span.x0,
        ghost.shape.span.x1,
        ...(arrow ? [arrow.x0, arrow.x1] : []),
        ...(shift ? [shift.x, shift.x + shift.width] : []),
      ),
    ),
    removed: layout.removed.filter(({ ghost }) =>
      reaches(ghost.shape.span.x0, ghost.shape.span.x1),
    ),
    added: layout.added.filter(({ placed }) => reaches(placed.shape.span.x0, placed.shape.span.x1)),
    restyled: layout.restyled.filter(({ placed }) =>
      reaches(placed.shape.span.x0, placed.shape.span.x1),
    ),
  };
}

/**
 * The comparison's marks over the rows and the stretch in view. The rows in view are laid out
 * again only when they change (not on every scroll); the layer behind the items and the one over
 * them both ask, and the second gets the first one's marks.
 */
export function comparedOnScreen(
  result: ComparedPlans,
  rows: readonly RowBox[],
  scale: TimeScale,
  view: Viewport,
  t: Translate,
): ComparisonMarks {
  const key = [result, scale, t];
  if (!laid || !sameList(laid.key, key) || !sameList(laid.rows, rows)) {
    const layout = comparisonLayout(rows, result, {
      scale,
      metrics: SCREEN_METRICS,
      clip: false,
      shiftText: (days) => shiftText(days, t),
    });
    laid = { key, rows, layout };
  }
  const drawKey = [laid.layout, view.left, view.right];
  if (drawn && sameList(drawn.key, drawKey)) return drawn.marks;
  const marks = comparisonMarks(
    inView(laid.layout, view.left, view.right),
    DEFAULT_THEME,
    SCREEN_METRICS,
    {
      newText: t('compareDraw.new'),
      changedText: t('compareDraw.changed'),
    },
  );
  drawn = { key: drawKey, marks };
  return marks;
}
