import type { Marker } from '../domain/planSchema';
import type { HeaderTick } from '../layout/headerTicks';
import { DIAMOND_PX, LABEL_FONT_PX } from '../layout/itemShape';
import type { PlacedItem, PlacedTrack } from '../layout/roadmapLayout';
import { TRACK_PX } from '../layout/roadmapLayout';
import { estimateTextWidth } from '../layout/textWidth';
import { tint } from '../layout/tint';
import type { TimeScale } from '../layout/timeScale';
import { trackShape } from '../layout/trackShape';
import type { ExportTheme } from './exportTheme';
import { element, text } from './xml';

export const FONT_FAMILY = "'Segoe UI', Arial, Helvetica, sans-serif";
const BAR_PX = 20;
const LATE_RED = '#b00020';

/** One phase or milestone with its caption; `dim` fades it when another lane is in focus. */
export function itemSvg(
  placed: PlacedItem,
  caption: string,
  theme: ExportTheme,
  dim: boolean,
): string {
  const { item, shape, lane } = placed;
  const fill = tint(
    lane.color,
    item.status === 'tentative' ? Math.min(0.9, theme.tint + 0.18) : theme.tint,
  );
  const stroke = item.status === 'late' ? LATE_RED : lane.color;
  const heavy = item.status === 'late' || item.status === 'atRisk';
  const common = {
    fill,
    stroke,
    'stroke-width': theme.strokePx + (heavy ? 1 : 0),
    'stroke-dasharray': item.status === 'tentative' ? '5 3' : undefined,
    'fill-opacity': item.status === 'done' ? 0.55 : undefined,
  };
  const top = placed.y + 2;
  const cy = top + BAR_PX / 2;
  const body =
    item.type === 'phase'
      ? element('rect', {
          x: shape.x,
          y: top,
          width: shape.width,
          height: BAR_PX,
          rx: 3,
          ...common,
        })
      : element('path', { d: diamond(shape.x + DIAMOND_PX / 2, cy, DIAMOND_PX / 2), ...common });
  const label = text(
    {
      x: shape.labelX,
      y: cy,
      'dominant-baseline': 'central',
      'font-size': LABEL_FONT_PX,
      fill: theme.ink,
      'font-weight': item.status === 'late' ? 700 : undefined,
    },
    caption,
  );
  return element('g', { opacity: dim ? 0.25 : undefined }, [body, label]);
}

const diamond = (cx: number, cy: number, h: number) =>
  `M${cx},${cy - h}L${cx + h},${cy}L${cx},${cy + h}L${cx - h},${cy}Z`;

export function trackSvg(
  placed: PlacedTrack,
  scale: TimeScale,
  color: string,
  theme: ExportTheme,
): string {
  const shape = trackShape(placed.track.checkpoints, scale, placed.y, TRACK_PX);
  const points = shape.points.flatMap((p) => [
    element('circle', { cx: p.x, cy: p.y, r: 4, fill: color }),
    text({ x: p.x + 5, y: p.y - 6, 'font-size': 12, fill: theme.ink }, `${p.checkpoint.percent} %`),
  ]);
  const first = shape.points[0];
  const title = first
    ? text(
        {
          x: first.x - 4,
          y: placed.y + 10,
          'text-anchor': 'end',
          'font-size': 11,
          fill: theme.inkSoft,
        },
        placed.track.label,
      )
    : '';
  return [
    title,
    element('path', { d: shape.path, fill: 'none', stroke: color, 'stroke-width': 3 }),
    ...points,
  ].join('');
}

export function markerSvg(
  marker: Marker,
  scale: TimeScale,
  height: number,
  theme: ExportTheme,
): string {
  if (marker.type === 'blackout') {
    const x = scale.x(marker.start);
    return element('rect', {
      x,
      y: 0,
      width: scale.x(marker.end) + scale.pxPerDay - x,
      height,
      fill: 'url(#blackout-hatch)',
    });
  }
  const x = scale.x(marker.date) + scale.pxPerDay / 2;
  const dash = marker.type === 'meeting' ? '2 4' : undefined;
  return element('line', {
    x1: x,
    x2: x,
    y1: 0,
    y2: height,
    stroke: theme.ink,
    'stroke-width': 2,
    'stroke-dasharray': dash,
  });
}

export function tickRowSvg(
  ticks: HeaderTick[],
  y: number,
  height: number,
  theme: ExportTheme,
): string {
  const label = (tick: HeaderTick) =>
    text(
      {
        x: tick.x + 4,
        y: y + height / 2,
        'dominant-baseline': 'central',
        'font-size': 12,
        fill: theme.ink,
      },
      tick.label,
    );
  // A tick clipped at the picture's edge can be too narrow for its label; the next tick says it.
  const fits = (tick: HeaderTick) => tick.width >= estimateTextWidth(tick.label, 12) + 6;
  return ticks
    .map(
      (tick) =>
        element('line', { x1: tick.x, x2: tick.x, y1: y, y2: y + height, stroke: theme.line }) +
        (fits(tick) ? label(tick) : ''),
    )
    .join('');
}

export const HATCH_DEFS = element(
  'pattern',
  {
    id: 'blackout-hatch',
    width: 8,
    height: 8,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  },
  [
    element('rect', { width: 8, height: 8, fill: '#eceff1' }),
    element('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#b0bec5', 'stroke-width': 3 }),
  ],
);
