import type { CalendarDate } from '../domain/calendarDate';
import { groupByRow } from '../domain/groupByRow';
import { STATUSES, type Plan } from '../domain/planSchema';
import { formatDate } from '../i18n/formatDate';
import { itemCaption, STATUS_GLYPHS } from '../i18n/itemText';
import type { Language } from '../i18n/languages';
import { markerLabels } from '../i18n/markerLabels';
import type { Translate } from '../i18n/translate';
import { contentRange } from '../layout/contentRange';
import { headerRows } from '../layout/headerTicks';
import { layoutRoadmap, type RoadmapLayout } from '../layout/roadmapLayout';
import { truncateText, wrapText } from '../layout/textWidth';
import { createTimeScale, type TimeScale } from '../layout/timeScale';
import { DEFAULT_THEME, type ExportTheme } from './exportTheme';
import { FONT_FAMILY, HATCH_DEFS, itemSvg, markerSvg, tickRowSvg, trackSvg } from './svgParts';
import { element, escapeXml, text, type Attributes } from './xml';

export interface RoadmapSvgOptions {
  plan: Plan;
  language: Language;
  t: Translate;
  /** The period drawn; the whole plan by default. */
  range?: { start: CalendarDate; end: CalendarDate };
  /** Horizontal scale; month zoom (4 px a day) by default. */
  pxPerDay?: number;
  theme?: ExportTheme;
  /** In presentation: this lane stands out and the others are dimmed. */
  focusLaneId?: string | null;
  /** A plan file to carry inside the picture, so importing the picture opens the plan. */
  embed?: string;
  /** Only these lanes, for a printed page that holds part of a tall plan; all lanes by default. */
  laneIds?: string[];
}

export const SVG_LABEL_COLUMN_PX = 240;
const TITLE_PX = 72;
const HEADER_ROW_PX = 22;
const LEGEND_PX = 36;
/** Room for lane and row names in the name column, in px; longer names wrap. */
const LANE_NAME_PX = 88;
const ROW_NAME_PX = 124;
export const PLAN_METADATA_NS = 'urn:tiekartta:plan';

/** The roadmap as one self-contained SVG document: text as text, styles as attributes, no references. */
/** Where each lane sits in the picture, in picture px, so a presenter can bring one into view. */
export interface LaneExtent {
  id: string;
  name: string;
  y: number;
  height: number;
}

export function roadmapSvg(options: RoadmapSvgOptions): {
  svg: string;
  width: number;
  height: number;
  lanes: LaneExtent[];
} {
  const { t, language, theme = DEFAULT_THEME } = options;
  const plan = options.laneIds
    ? {
        ...options.plan,
        lanes: options.plan.lanes.filter((lane) => options.laneIds?.includes(lane.id)),
      }
    : options.plan;
  const range = options.range ?? contentRange(plan);
  const scale = createTimeScale(range.start, range.end, options.pxPerDay ?? 4);
  const layout = layoutRoadmap(
    plan,
    scale,
    (item) => itemCaption(item, language),
    groupByRow(plan.items),
  );
  const bodyTop = TITLE_PX + 3 * HEADER_ROW_PX;
  const width = SVG_LABEL_COLUMN_PX + scale.width;
  const height = bodyTop + layout.height + LEGEND_PX;
  const parts = [
    element('rect', { width, height, fill: theme.paper }),
    titleBlock(options, width, theme),
    element(
      'g',
      { transform: `translate(${SVG_LABEL_COLUMN_PX},${TITLE_PX})` },
      header(options, scale, theme),
    ),
    element(
      'g',
      { transform: `translate(${SVG_LABEL_COLUMN_PX},${bodyTop})`, 'clip-path': 'url(#time-area)' },
      body(options, scale, layout, theme),
    ),
    element(
      'g',
      { transform: `translate(0,${bodyTop})` },
      labelColumn(layout, t, theme, options.focusLaneId ?? null),
    ),
    legend(t, height - LEGEND_PX + 8, theme),
  ];
  const defs = element('defs', {}, [
    HATCH_DEFS,
    element(
      'clipPath',
      { id: 'time-area' },
      element('rect', { x: 0, y: 0, width: scale.width, height: layout.height }),
    ),
  ]);
  const metadata = options.embed
    ? element(
        'metadata',
        {},
        element(
          'tiekartta:plan',
          { 'xmlns:tiekartta': PLAN_METADATA_NS },
          escapeXml(options.embed),
        ),
      )
    : '';
  const title = element(
    'title',
    {},
    escapeXml(`${plan.title} – ${t(`classification.${plan.classification}`)}`),
  );
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT_FAMILY,
  };
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${element('svg', root, [title, metadata, defs, ...parts])}\n`;
  const lanes = layout.lanes.map((box) => ({
    id: box.lane.id,
    name: box.lane.name,
    y: bodyTop + box.y,
    height: box.height,
  }));
  return { svg, width, height, lanes };
}

function titleBlock(
  { plan, t, language }: RoadmapSvgOptions,
  width: number,
  theme: ExportTheme,
): string {
  const classification = t(`classification.${plan.classification}`).toUpperCase();
  const boxWidth = classification.length * 9 + 24;
  const subtitle = [plan.organisation, `${t('plan.asOf')} ${formatDate(plan.asOf, language)}`]
    .filter(Boolean)
    .join(' · ');
  return [
    text({ x: 16, y: 30, 'font-size': 22, 'font-weight': 700, fill: theme.ink }, plan.title),
    text({ x: 16, y: 56, 'font-size': 14, fill: theme.inkSoft }, subtitle),
    element('rect', {
      x: width - boxWidth - 16,
      y: 14,
      width: boxWidth,
      height: 28,
      fill: 'none',
      stroke: theme.ink,
      'stroke-width': 2,
    }),
    text(
      {
        x: width - boxWidth / 2 - 16,
        y: 28,
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-size': 14,
        'font-weight': 700,
        fill: theme.ink,
      },
      classification,
    ),
  ].join('');
}

function header(
  { plan, t, language }: RoadmapSvgOptions,
  scale: TimeScale,
  theme: ExportTheme,
): string {
  const labels = {
    monthShort: t('axis.months').split(' '),
    week: (week: number) => t('axis.week', { week }),
    quarter: (quarter: number) => t('axis.quarter', { quarter }),
  };
  const [coarse, fine] = headerRows(scale, scale.startDay, scale.endDay, labels);
  const markers = markerLabels(plan, scale, '0000-00-00', language, t).map((m) =>
    text(
      {
        x: m.x + 3,
        y: 2 * HEADER_ROW_PX + 15,
        'font-size': 11,
        fill: theme.ink,
        'font-weight': m.kind === 'asOf' ? 700 : undefined,
      },
      truncateText(m.text, m.width - 4, 11),
    ),
  );
  return [
    tickRowSvg(coarse, 0, HEADER_ROW_PX, theme),
    tickRowSvg(fine, HEADER_ROW_PX, HEADER_ROW_PX, theme),
    ...markers,
  ].join('');
}

function body(
  { plan, language, focusLaneId }: RoadmapSvgOptions,
  scale: TimeScale,
  layout: RoadmapLayout,
  theme: ExportTheme,
): string {
  const focus = focusLaneId ?? null;
  const bands = layout.rows.map((row, i) =>
    element('rect', {
      x: 0,
      y: row.y,
      width: scale.width,
      height: row.height,
      fill: i % 2 ? theme.band : theme.paper,
    }),
  );
  const markers = plan.markers.map((marker) => markerSvg(marker, scale, layout.height, theme));
  const asOf = scale.x(plan.asOf) + scale.pxPerDay / 2;
  const asOfLine = element('line', {
    x1: asOf,
    x2: asOf,
    y1: 0,
    y2: layout.height,
    stroke: '#0b3d66',
    'stroke-width': 2,
    'stroke-dasharray': '8 4',
  });
  const content = layout.rows.flatMap((row) => {
    const dim = focus !== null && row.lane.id !== focus;
    const items = row.items
      .filter((p) => p.shape.span.x1 >= 0 && p.shape.x <= scale.width)
      .map((p) => itemSvg(p, row.rowId === null ? '' : itemCaption(p.item, language), theme, dim));
    const tracks = row.tracks.map((p) => trackSvg(p, scale, row.lane.color, theme));
    return [
      ...items,
      dim && tracks.length ? element('g', { opacity: 0.25 }, tracks) : tracks.join(''),
    ];
  });
  return [...bands, ...markers, asOfLine, ...content].join('');
}

function labelColumn(
  layout: RoadmapLayout,
  t: Translate,
  theme: ExportTheme,
  focus: string | null,
): string {
  const lanes = layout.lanes.map((box) => {
    const dim = focus !== null && box.lane.id !== focus ? 0.35 : undefined;
    const name = wrapText(box.lane.name, LANE_NAME_PX, 13);
    return element('g', { opacity: dim }, [
      element('rect', { x: 0, y: box.y, width: 8, height: box.height, fill: box.lane.color }),
      element('line', {
        x1: 0,
        x2: SVG_LABEL_COLUMN_PX,
        y1: box.y + box.height,
        y2: box.y + box.height,
        stroke: theme.line,
      }),
      multiline(name, 14, box.y + 16, { 'font-size': 13, 'font-weight': 700, fill: theme.ink }),
      text(
        { x: 14, y: box.y + 16 + 15 * name.length, 'font-size': 11, fill: theme.inkSoft },
        t(`kind.${box.lane.kind}`),
      ),
    ]);
  });
  const rows = layout.rows.map((row) =>
    multiline(
      wrapText(row.rowId === null ? t('timeline.summary') : row.name, ROW_NAME_PX, 12),
      110,
      row.y + 16,
      { 'font-size': 12, fill: theme.ink },
    ),
  );
  return [...lanes, ...rows].join('');
}

/** Lines of text one under another, from the top line's baseline `y`. */
function multiline(lines: string[], x: number, y: number, attributes: Attributes): string {
  return lines.map((line, i) => text({ x, y: y + i * 15, ...attributes }, line)).join('');
}

function legend(t: Translate, y: number, theme: ExportTheme): string {
  let x = 16;
  const entries = [
    text(
      { x, y: y + 12, 'font-size': 12, 'font-weight': 700, fill: theme.ink },
      `${t('timeline.legend')}:`,
    ),
  ];
  x += 70;
  for (const status of STATUSES) {
    const label = `${STATUS_GLYPHS[status] || '▭'} ${t(`status.${status}`)}`;
    entries.push(text({ x, y: y + 12, 'font-size': 12, fill: theme.ink }, label));
    x += label.length * 7 + 24;
  }
  return entries.join('');
}
