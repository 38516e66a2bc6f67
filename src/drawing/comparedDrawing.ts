import { formatDate } from '../i18n/formatDate';
import type { Language } from '../i18n/languages';
import { shiftText } from '../i18n/shiftText';
import type { Translate } from '../i18n/translate';
import { comparisonLayout, type CompareInput } from '../layout/comparisonLayout';
import type { Metrics } from '../layout/metrics';
import type { RowBox } from '../layout/roadmapLayout';
import type { TimeScale } from '../layout/timeScale';
import { comparisonMarks, type ComparisonMarks } from './comparisonMarks';
import type { LegendEntry } from './legendMark';
import type { Theme } from './theme';

/** A comparison as a drawing takes it: the differences, both sides, what they are compared with. */
export interface ComparedDrawing extends CompareInput {
  /** Unchanged items drawn faint. */
  dimUnchanged: boolean;
  source:
    { kind: 'baseline' } | { kind: 'version'; savedAt: string } | { kind: 'file'; name: string };
  baseline: { name: string } | null;
}

/** What the plan is compared with, in words: the baseline's name, a version's date, a file. */
export function againstName(compared: ComparedDrawing, t: Translate, language: Language): string {
  const { source } = compared;
  if (source.kind === 'file') return t('compare.againstFile', { name: source.name });
  if (source.kind === 'version')
    return t('compare.againstVersion', { time: formatDate(source.savedAt.slice(0, 10), language) });
  return compared.baseline?.name ?? '';
}

/** Whether an item is drawn faint: it is unchanged and the comparison dims those. */
export const dimmedByComparison = (compared: ComparedDrawing | null | undefined, id: string) =>
  compared?.dimUnchanged === true && !compared.comparison.byId.has(id);

export interface ComparedRows {
  rows: readonly RowBox[];
  scale: TimeScale;
  theme: Theme;
  metrics: Metrics;
  t: Translate;
  /** A frame of a picture, cut at its edges; the screen draws its whole time range. */
  clip: boolean;
  dim?: (laneId: string) => boolean;
}

/** The comparison's marks over these rows, laid out and drawn. */
export function comparedShapes(compared: ComparedDrawing, on: ComparedRows): ComparisonMarks {
  const layout = comparisonLayout(on.rows, compared, {
    scale: on.scale,
    metrics: on.metrics,
    clip: on.clip,
    shiftText: (days) => shiftText(days, on.t),
  });
  return comparisonMarks(layout, on.theme, on.metrics, {
    newText: on.t('compareDraw.new'),
    changedText: on.t('compareDraw.changed'),
    dim: on.dim,
  });
}

/** The legend's words for the ghosts and the shift arrows. */
export const comparedLegend = (name: string, t: Translate): LegendEntry[] => [
  {
    glyph: '▭',
    text: name ? `${t('compareDraw.legendGhost')}: ${name}` : t('compareDraw.legendGhost'),
  },
  { glyph: '→', text: t('compareDraw.legendShift') },
  { glyph: t('compareDraw.new'), text: t('compareDraw.legendNew') },
  { glyph: t('compareDraw.changed'), text: t('compareDraw.legendChanged') },
  { glyph: '', text: t('compareDraw.legendRemoved') },
];
