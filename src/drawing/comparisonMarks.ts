import {
  shiftFontPx,
  type ChangedMark,
  type ComparisonLayout,
  type ShiftArrow,
} from '../layout/comparisonLayout';
import type { Metrics } from '../layout/metrics';
import type { PlacedItem } from '../layout/roadmapLayout';
import { estimateTextWidth } from '../layout/textWidth';
import { diamond, itemMark } from './itemMark';
import { group, halo, px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface ComparisonMarks {
  /** Ghosts and arrows, drawn before the items so an item covers its own ghost. */
  behind: Shape[];
  /** Shift labels, struck labels of removed items and "new" badges, drawn over the items. */
  above: Shape[];
}

export interface ComparisonMarkOptions {
  /** The badges' texts: an added item ("UUSI"), one changed in status or name ("MUUTETTU"). */
  newText: string;
  changedText: string;
  /** Faded with its lane while another lane is in focus. */
  dim?: (laneId: string) => boolean;
}

/** The item's bar or diamond where it was, as a dashed outline; placed as `itemMark` places it. */
function ghostBody(ghost: PlacedItem, stroke: string, theme: Theme, m: Metrics, data: string) {
  const s = ghost.shape;
  const top = ghost.y + m.barPx * 0.1;
  const paint = {
    fill: theme.paper,
    'fill-opacity': 0.5,
    stroke,
    'stroke-width': 1.5 * m.k,
    'stroke-dasharray': `${px(4 * m.k)} ${px(3 * m.k)}`,
    [data]: ghost.item.id,
  };
  return ghost.item.type === 'phase'
    ? shape('rect', {
        x: px(s.x),
        y: px(top),
        width: px(s.width),
        height: m.barPx,
        rx: 3,
        ...paint,
      })
    : shape('path', {
        d: diamond(s.x + s.width / 2, top + m.barPx / 2, m.diamondPx / 2),
        ...paint,
      });
}

/** Later is the colour of lateness; earlier the accent; another row only, the soft ink. */
const shiftColor = (days: number, theme: Theme) =>
  days > 0 ? theme.late : days < 0 ? theme.accent : theme.inkSoft;

function arrowShapes(a: ShiftArrow, color: string, m: Metrics, id: string): Shape[] {
  const length = Math.hypot(a.x1 - a.x0, a.y1 - a.y0);
  const head = Math.min(5 * m.k, length / 2);
  const [ux, uy] = [(a.x1 - a.x0) / length, (a.y1 - a.y0) / length];
  const [bx, by] = [a.x1 - ux * head, a.y1 - uy * head];
  const [nx, ny] = [-uy * head * 0.6, ux * head * 0.6];
  return [
    shape('line', {
      x1: px(a.x0),
      y1: px(a.y0),
      x2: px(bx),
      y2: px(by),
      stroke: color,
      'stroke-width': 1.5 * m.k,
      'data-shift-arrow': id,
    }),
    shape('path', {
      d: `M${px(a.x1)},${px(a.y1)}L${px(bx + nx)},${px(by + ny)}L${px(bx - nx)},${px(by - ny)}Z`,
      fill: color,
    }),
  ];
}

function changed(mark: ChangedMark, theme: Theme, m: Metrics): ComparisonMarks {
  const color = shiftColor(mark.days, theme);
  const behind = [ghostBody(mark.ghost, mark.ghost.lane.color, theme, m, 'data-ghost')];
  if (mark.arrow) behind.push(...arrowShapes(mark.arrow, color, m, mark.id));
  const above = mark.shift
    ? [
        shape(
          'text',
          {
            x: px(mark.shift.x + mark.shift.width / 2),
            y: px(mark.shift.y),
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
            'font-size': shiftFontPx(m),
            'font-weight': 700,
            fill: color,
            'data-shift': mark.id,
            ...halo(theme.paper),
          },
          mark.shift.text,
        ),
      ]
    : [];
  return { behind, above };
}

/** The removed item's outline and its label, struck through with a line of its own. */
function removed(ghost: PlacedItem, theme: Theme, m: Metrics): ComparisonMarks {
  const behind = [ghostBody(ghost, theme.inkSoft, theme, m, 'data-removed')];
  const label = itemMark(ghost, theme, m).label;
  if (!label) return { behind, above: [] };
  const s = ghost.shape;
  const y = Number(label.attrs.y);
  const text = shape(
    'text',
    { ...label.attrs, fill: theme.inkSoft, 'font-weight': undefined, 'data-item-label': undefined },
    label.text,
  );
  const strike = shape('line', {
    x1: px(s.labelX),
    y1: px(y),
    x2: px(s.labelX + s.labelWidth),
    y2: px(y),
    stroke: theme.inkSoft,
    'stroke-width': Math.max(1, m.k),
    'data-strike': ghost.item.id,
  });
  return { behind, above: [text, strike] };
}

/**
 * A small tag on the top edge of an item's shape, at its start: filled for an added item,
 * outlined for one changed in status or name.
 */
function badge(placed: PlacedItem, text: string, theme: Theme, m: Metrics, filled = true) {
  const font = Math.round(m.labelFontPx * 0.65 * 10) / 10;
  const height = font * 1.25;
  const width = estimateTextWidth(text, font) + font * 0.8;
  const barTop = placed.y + m.barPx * 0.1;
  const y = barTop - height + 2 * m.k;
  const x = placed.shape.x;
  return [
    shape('rect', {
      x: px(x),
      y: px(y),
      width: px(width),
      height: px(height),
      rx: px(2 * m.k),
      fill: filled ? theme.accent : theme.paper,
      stroke: filled ? undefined : theme.accent,
      'stroke-width': filled ? undefined : m.k,
      [filled ? 'data-new' : 'data-restyled']: placed.item.id,
    }),
    shape(
      'text',
      {
        x: px(x + width / 2),
        y: px(y + height / 2),
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-size': font,
        'font-weight': 700,
        fill: filled ? theme.paper : theme.accent,
      },
      text,
    ),
  ];
}

/** The drawing data of a laid-out comparison: one renderer for the screen and every picture. */
export function comparisonMarks(
  layout: ComparisonLayout,
  theme: Theme,
  m: Metrics,
  options: ComparisonMarkOptions,
): ComparisonMarks {
  const out: ComparisonMarks = { behind: [], above: [] };
  const add = (laneId: string, marks: ComparisonMarks) => {
    const faded = options.dim?.(laneId) ?? false;
    for (const part of ['behind', 'above'] as const)
      if (marks[part].length)
        out[part].push(...(faded ? [group({ opacity: 0.25 }, marks[part])] : marks[part]));
  };
  for (const mark of layout.removed) add(mark.ghost.lane.id, removed(mark.ghost, theme, m));
  for (const mark of layout.changed) add(mark.ghost.lane.id, changed(mark, theme, m));
  for (const mark of layout.added)
    add(mark.placed.lane.id, { behind: [], above: badge(mark.placed, options.newText, theme, m) });
  for (const mark of layout.restyled)
    add(mark.placed.lane.id, {
      behind: [],
      above: badge(mark.placed, options.changedText, theme, m, false),
    });
  return out;
}
