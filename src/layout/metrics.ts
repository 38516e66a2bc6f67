/**
 * Sizes of one drawing, in px of its output. The screen draws at type scale 1; a slide or a
 * printed sheet picks the scale that keeps its text legible and fills the output.
 */
export interface Metrics {
  /** The type scale these sizes were made at. */
  k: number;
  labelFontPx: number;
  /** Space between a shape and a label beside it, and inside a bar around its label. */
  labelPadPx: number;
  diamondPx: number;
  barPx: number;
  subRowPx: number;
  rowPadPx: number;
  trackPx: number;
  trackFontPx: number;
  laneGapPx: number;
  /** Bars stay visible and clickable however far out the zoom is. */
  minBarPx: number;
  tickFontPx: number;
  headerRowPx: number;
  markerFontPx: number;
  markerRowPx: number;
  laneNameFontPx: number;
  laneKindFontPx: number;
  rowNameFontPx: number;
  /** Width of the lane-name part of the name column and of the whole column. */
  laneColumnPx: number;
  labelColumnPx: number;
  titleFontPx: number;
  subtitleFontPx: number;
  legendFontPx: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function metricsAt(k: number): Metrics {
  const s = (px: number) => round(px * k);
  return {
    k,
    labelFontPx: s(13),
    labelPadPx: s(6),
    diamondPx: s(14),
    barPx: s(20),
    subRowPx: s(30),
    rowPadPx: s(6),
    trackPx: s(48),
    trackFontPx: s(12),
    laneGapPx: s(4),
    minBarPx: 3,
    tickFontPx: s(12),
    headerRowPx: s(24),
    markerFontPx: s(12),
    markerRowPx: s(20),
    laneNameFontPx: s(13),
    laneKindFontPx: s(12),
    rowNameFontPx: s(12),
    laneColumnPx: s(110),
    labelColumnPx: s(280),
    titleFontPx: s(22),
    subtitleFontPx: s(14),
    legendFontPx: s(12),
  };
}

export const SCREEN_METRICS = metricsAt(1);
