import { stickyLabelX } from '../layout/itemShape';
import type { Metrics } from '../layout/metrics';
import type { PlacedItem } from '../layout/roadmapLayout';
import { tint } from '../layout/tint';
import { halo, px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface ItemMarkOptions {
  /** Drawn small and without a label, in a collapsed lane's summary row. */
  summary?: boolean;
  /** The frame's left edge in body px: a label inside a bar begun before it stays in view. */
  frameLeft?: number;
  /** Faded while another lane is in focus. */
  dim?: boolean;
  /** At an end of a link the plan's dates break: outlined in the warning colour. */
  broken?: boolean;
}

export interface ItemMark {
  /** The bar or diamond. */
  body: Shape;
  label: Shape | null;
  /** Arrows where a bar is cut at the frame's edge: it runs on beyond the picture. */
  arrows: Shape[];
  /** Outer bounds of bar and label, for hit tests and overlap checks. */
  top: number;
  height: number;
}

/** One phase or milestone: colours by lane and status, the label where layout placed it. */
export function itemMark(
  placed: PlacedItem,
  theme: Theme,
  m: Metrics,
  options: ItemMarkOptions = {},
): ItemMark {
  const { item, shape: s, lane } = placed;
  const summary = options.summary ?? false;
  const barHeight = summary ? m.barPx / 2 : m.barPx;
  const top = placed.y + m.barPx * (summary ? 0.4 : 0.1);
  const cy = top + barHeight / 2;
  const heavy = item.status === 'late' || item.status === 'atRisk';
  const paint = {
    fill: tint(
      lane.color,
      item.status === 'tentative' ? Math.min(0.9, theme.tint + 0.18) : theme.tint,
    ),
    stroke: item.status === 'late' || options.broken ? theme.late : lane.color,
    'stroke-width': theme.strokePx + (options.broken ? 1.5 : heavy ? 1 : 0),
    'stroke-dasharray': item.status === 'tentative' ? '5 3' : undefined,
    'fill-opacity': item.status === 'done' ? 0.55 : undefined,
    opacity: options.dim ? 0.25 : undefined,
    'data-item-mark': item.id,
    'data-broken': options.broken ? 'true' : undefined,
  };
  const body =
    item.type === 'phase'
      ? shape('rect', {
          x: px(s.x),
          y: px(top),
          width: px(s.width),
          height: barHeight,
          rx: 3,
          ...paint,
        })
      : shape('path', {
          d: diamond(s.x + s.width / 2, cy, summary ? barHeight / 2 : m.diamondPx / 2),
          ...paint,
        });
  return {
    body,
    label: summary || !s.label ? null : labelShape(placed, cy, theme, m, options),
    arrows: arrows(placed, cy, barHeight, m),
    top,
    height: barHeight,
  };
}

function labelShape(
  placed: PlacedItem,
  cy: number,
  theme: Theme,
  m: Metrics,
  options: ItemMarkOptions,
): Shape {
  const s = placed.shape;
  const x = options.frameLeft === undefined ? s.labelX : stickyLabelX(s, options.frameLeft, m);
  return shape(
    'text',
    {
      x: px(s.labelLeft ? x + s.labelWidth : x),
      y: px(cy),
      'dominant-baseline': 'central',
      'text-anchor': s.labelLeft ? 'end' : undefined,
      'font-size': m.labelFontPx,
      'font-weight': placed.item.status === 'late' ? 700 : undefined,
      fill: theme.ink,
      opacity: options.dim ? 0.25 : undefined,
      'data-item-label': placed.item.id,
      ...(s.labelInside ? {} : halo(theme.paper)),
    },
    s.label,
  );
}

function arrows(placed: PlacedItem, cy: number, height: number, m: Metrics): Shape[] {
  const s = placed.shape;
  const h = height / 2 - 2;
  const w = Math.min(m.labelPadPx - 1, h, s.width / 3);
  const arrow = (tip: number, back: number) =>
    shape('path', {
      d: `M${px(tip)},${px(cy)}L${px(back)},${px(cy - h)}L${px(back)},${px(cy + h)}Z`,
      fill: placed.lane.color,
      'data-clipped': 'true',
    });
  const out: Shape[] = [];
  if (s.clippedStart) out.push(arrow(s.x + 1, s.x + 1 + w));
  if (s.clippedEnd) out.push(arrow(s.x + s.width - 1, s.x + s.width - 1 - w));
  return out;
}

/** A diamond's outline around (cx, cy), `h` px from its centre to each corner. */
export const diamond = (cx: number, cy: number, h: number) =>
  `M${px(cx)},${px(cy - h)}L${px(cx + h)},${px(cy)}L${px(cx)},${px(cy + h)}L${px(cx - h)},${px(cy)}Z`;
