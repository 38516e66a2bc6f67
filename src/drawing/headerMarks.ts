import type { HeaderTick } from '../layout/headerTicks';
import { LEFT_GAP_PX, placeMarkerLabels, type MarkerSlot } from '../layout/markerPlacement';
import type { Metrics } from '../layout/metrics';
import { estimateTextWidth } from '../layout/textWidth';
import { px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface HeaderMarks {
  shapes: Shape[];
  height: number;
  /** Marker labels that had to be shortened: their full text goes in a tooltip and the legend. */
  shortened: { key: string; text: string }[];
}

export interface HeaderInput {
  rows: readonly [HeaderTick[], HeaderTick[]];
  markers: readonly MarkerSlot[];
  /** The frame's left and right edges in body px; labels stay inside them. */
  frameLeft: number;
  frameRight: number;
  theme: Theme;
  metrics: Metrics;
  /** Rows of marker labels that may stack; the header grows by the rows used. */
  markerLanes?: number;
}

/** The time axis: two rows of ticks with labels at the start of their cells, then marker labels. */
export function headerMarks(input: HeaderInput): HeaderMarks {
  const { rows, theme, metrics: m } = input;
  const ticks = rows.flatMap((row, r) => row.flatMap((tick) => tickMark(tick, r, input)));
  const tickRows = rows[1].length ? 2 : 1;
  const placed = placeMarkerLabels(input.markers, {
    fontPx: m.markerFontPx,
    padPx: 8,
    lanes: input.markerLanes ?? 2,
    minX: input.frameLeft,
    maxX: input.frameRight,
  });
  const lanesUsed = Math.max(1, ...placed.map((label) => label.lane + 1));
  const top = tickRows * m.headerRowPx;
  const colour = (kind: string) =>
    kind === 'asOf' ? theme.accent : kind === 'today' ? theme.today : theme.ink;
  const markers = placed.flatMap((label) => {
    // A label with no room keeps its line in the chart and its text in the legend.
    if (!label.shown) return [];
    const y = top + label.lane * m.markerRowPx;
    const stroke = shape('line', {
      x1: px(label.x),
      x2: px(label.x),
      y1: px(y + 2),
      y2: px(y + m.markerRowPx - 2),
      stroke: colour(label.kind),
      'stroke-width': 2,
      'stroke-dasharray': label.kind === 'blackout' ? '2 2' : undefined,
    });
    const text = shape(
      'text',
      {
        x: px(label.left ? label.x - LEFT_GAP_PX : label.x + LEFT_GAP_PX),
        y: px(y + m.markerRowPx / 2),
        'dominant-baseline': 'central',
        'text-anchor': label.left ? 'end' : undefined,
        'font-size': m.markerFontPx,
        'font-weight': label.kind === 'asOf' ? 700 : undefined,
        fill: colour(label.kind),
        'data-marker-label': label.key,
      },
      label.shown,
    );
    return [stroke, text];
  });
  return {
    shapes: [...ticks, ...markers],
    height: top + lanesUsed * m.markerRowPx + 2,
    shortened: placed.filter((p) => !p.full).map((p) => ({ key: p.key, text: p.text })),
  };
}

/** A cell's left line and its label at the cell's start, or at the frame's edge while in view. */
function tickMark(tick: HeaderTick, row: number, input: HeaderInput): Shape[] {
  const { theme, metrics: m } = input;
  const y = row * m.headerRowPx;
  const line = shape('line', {
    x1: px(tick.x),
    x2: px(tick.x),
    y1: px(y),
    y2: px(y + m.headerRowPx),
    stroke: theme.line,
  });
  const pad = 4 * m.k;
  const width = estimateTextWidth(tick.label, m.tickFontPx);
  const end = Math.min(tick.x + tick.width, input.frameRight);
  const x = Math.min(Math.max(tick.x, input.frameLeft) + pad, end - pad - width);
  if (x < Math.max(tick.x, input.frameLeft)) return [line];
  const label = shape(
    'text',
    {
      x: px(x),
      y: px(y + m.headerRowPx / 2),
      'dominant-baseline': 'central',
      'font-size': m.tickFontPx,
      'font-weight': row === 0 ? 600 : undefined,
      fill: theme.ink,
      'data-tick': tick.key,
    },
    tick.label,
  );
  return [line, label];
}
