import type { Lane } from '../domain/planSchema';
import type { Hyphenate } from '../layout/hyphenation';
import type { Metrics } from '../layout/metrics';
import type { LaneBox, RowBox } from '../layout/roadmapLayout';
import { BOLD_ADVANCE } from '../layout/textWidth';
import { wrapName } from '../layout/wrapName';
import { px, shape, type Shape } from './shape';
import type { Theme } from './theme';

/** The lane's colour strip on the left of the name column, in px. */
const STRIP_PX = 8;

export interface NameColumn {
  metrics: Metrics;
  hyphenate: Hyphenate;
  /** Room kept above the name for the collapse toggle on screen, in px; none in pictures. */
  toggleRoomPx: number;
}

const lineHeight = (fontPx: number) => Math.round(fontPx * 1.25 * 10) / 10;
const padOf = (m: Metrics) => 6 * m.k;

/** Names are broken again at every layout (each zoom step): remember the lines per hyphenator. */
const wrapped = new WeakMap<Hyphenate, Map<string, string[]>>();

function wrapCached(name: string, room: number, fontPx: number, hyphenate: Hyphenate): string[] {
  let cache = wrapped.get(hyphenate);
  if (!cache) wrapped.set(hyphenate, (cache = new Map()));
  if (cache.size > 5000) cache.clear();
  const key = `${room}|${fontPx}|${name}`;
  let lines = cache.get(key);
  if (!lines) cache.set(key, (lines = wrapName(name, room, fontPx, hyphenate)));
  return lines;
}

/** A lane's name broken into lines that fit the lane part of the name column, with hyphens. */
export function laneNameLines(name: string, column: NameColumn): string[] {
  const m = column.metrics;
  // Lane names are bold: their room is counted in regular-weight widths.
  const room = (m.laneColumnPx - STRIP_PX - 2 * padOf(m)) / BOLD_ADVANCE;
  return wrapCached(name, room, m.laneNameFontPx, column.hyphenate);
}

export function rowNameLines(name: string, column: NameColumn): string[] {
  const m = column.metrics;
  return wrapCached(
    name,
    m.labelColumnPx - m.laneColumnPx - 2 * padOf(m),
    m.rowNameFontPx,
    column.hyphenate,
  );
}

/** The height a row needs so its whole name is in view. */
export function rowNameHeight(name: string, column: NameColumn): number {
  const m = column.metrics;
  return Math.ceil(2 * padOf(m) + rowNameLines(name, column).length * lineHeight(m.rowNameFontPx));
}

/** Where a row's name lines sit, from the row's top. */
export function rowNameSpots(name: string, column: NameColumn) {
  const m = column.metrics;
  const step = lineHeight(m.rowNameFontPx);
  return rowNameLines(name, column).map((text, i) => ({ text, y: padOf(m) + i * step, step }));
}

/** The height a lane needs so its name, kind and toggle are all in view. */
export function laneNameHeight(lane: Lane, column: NameColumn): number {
  const m = column.metrics;
  const lines = laneNameLines(lane.name, column).length;
  return Math.ceil(
    column.toggleRoomPx +
      2 * padOf(m) +
      lines * lineHeight(m.laneNameFontPx) +
      lineHeight(m.laneKindFontPx),
  );
}

/** Where a lane's name and kind lines sit, from the lane's top; the screen and pictures share it. */
export function laneNameSpots(box: LaneBox, column: NameColumn) {
  const m = column.metrics;
  const x = STRIP_PX + padOf(m);
  const first = box.y + padOf(m) + column.toggleRoomPx;
  const names = laneNameLines(box.lane.name, column).map((text, i) => ({
    text,
    x,
    y: first + i * lineHeight(m.laneNameFontPx),
  }));
  const kindY = first + names.length * lineHeight(m.laneNameFontPx);
  return { names, kindY, x, lineHeight: lineHeight(m.laneNameFontPx) };
}

/** The lane's kind as its subtitle, or nothing when the name says it already ("TORI / TORI"). */
export const shownKind = (name: string, kind: string): string =>
  name.trim().toLocaleLowerCase('fi') === kind.trim().toLocaleLowerCase('fi') ? '' : kind;

/** A lane's cell in a picture's name column: colour strip, name, kind and the line below. */
export function laneHeaderMark(
  box: LaneBox,
  kind: string,
  column: NameColumn,
  theme: Theme,
  dim = false,
): Shape[] {
  const m = column.metrics;
  const spots = laneNameSpots(box, column);
  const hanging = (y: number) => px(y + m.laneNameFontPx * 0.85);
  return [
    shape('rect', {
      x: 0,
      y: px(box.y),
      width: m.laneColumnPx,
      height: px(box.height),
      fill: theme.paperSoft,
    }),
    shape('rect', {
      x: 0,
      y: px(box.y),
      width: STRIP_PX,
      height: px(box.height),
      fill: box.lane.color,
    }),
    shape('line', {
      x1: 0,
      x2: m.labelColumnPx,
      y1: px(box.y + box.height),
      y2: px(box.y + box.height),
      stroke: theme.line,
    }),
    ...spots.names.map((line) =>
      shape(
        'text',
        {
          x: px(line.x),
          y: hanging(line.y),
          'font-size': m.laneNameFontPx,
          'font-weight': 700,
          fill: theme.ink,
          'data-lane-name': box.lane.id,
        },
        line.text,
      ),
    ),
    ...(shownKind(box.lane.name, kind)
      ? [
          shape(
            'text',
            {
              x: px(spots.x),
              y: hanging(spots.kindY),
              'font-size': m.laneKindFontPx,
              fill: theme.inkSoft,
            },
            kind,
          ),
        ]
      : []),
  ].map((s) => (dim ? { ...s, attrs: { ...s.attrs, opacity: 0.35 } } : s));
}

/** A row's name beside its lane's cell. */
export function rowNameMark(
  row: RowBox,
  name: string,
  column: NameColumn,
  theme: Theme,
  dim = false,
): Shape[] {
  const m = column.metrics;
  const x = m.laneColumnPx + padOf(m);
  return rowNameSpots(name, column).map(({ text, y }) =>
    shape(
      'text',
      {
        x: px(x),
        y: px(row.y + y + m.rowNameFontPx * 0.85),
        'font-size': m.rowNameFontPx,
        fill: theme.ink,
        opacity: dim ? 0.35 : undefined,
      },
      text,
    ),
  );
}
