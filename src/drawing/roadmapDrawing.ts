import { toDayNumber } from '../domain/calendarDate';
import { groupByRow } from '../domain/groupByRow';
import type { Plan } from '../domain/planSchema';
import { formatDate } from '../i18n/formatDate';
import { itemCaption } from '../i18n/itemText';
import type { Language } from '../i18n/languages';
import { markerLabels } from './markerLabels';
import type { Translate } from '../i18n/translate';
import {
  headerKind,
  headerRows,
  type HeaderKind,
  type HeaderTick,
  type TickLabels,
} from '../layout/headerTicks';
import { estimateTextWidth } from '../layout/textWidth';
import type { Hyphenate } from '../layout/hyphenation';
import type { Metrics } from '../layout/metrics';
import type { Frame } from '../layout/presentationFrame';
import { layoutRoadmap, type RoadmapLayout } from '../layout/roadmapLayout';
import { createTimeScale, type TimeScale } from '../layout/timeScale';
import {
  againstName,
  comparedShapes,
  dimmedByComparison,
  type ComparedDrawing,
} from './comparedDrawing';
import { laidLinks, linkShapes } from './dependencyDrawing';
import { headerMarks } from './headerMarks';
import { itemMark } from './itemMark';
import { legendOf } from './roadmapLegend';
import { hatchPattern, markerMarks } from './markerMarks';
import {
  laneHeaderMark,
  laneNameHeight,
  rowNameHeight,
  rowNameMark,
  type NameColumn,
} from './nameColumnMarks';
import { group, shape, type Shape } from './shape';
import type { Theme } from './theme';
import { titleBlockMark } from './titleBlockMark';
import { laneExtents, lanesDrawn, type LaneExtent } from './drawnLanes';
import { trackMark } from './trackMark';

export interface DrawingRequest {
  plan: Plan;
  language: Language;
  t: Translate;
  theme: Theme;
  metrics: Metrics;
  hyphenate: Hyphenate;
  /** The period drawn: the plan's window, or a presentation frame. */
  frame: Frame;
  /** The output's width in px; the frame is scaled to it. */
  width: number;
  titleBlock: boolean;
  /** In presentation: this lane stands out and the others are dimmed. */
  focusLaneId?: string | null;
  /** Only these lanes, for a page or slide that holds part of a tall plan. */
  laneIds?: readonly string[];
  /** Of a lane too tall for one page, only these rows on this one: lane id → row ids. */
  laneRows?: Readonly<Record<string, readonly string[]>>;
  /** Which of the slides or pages of one plan this is, said in the subtitle. */
  part?: { index: number; count: number };
  /** A comparison to draw: ghosts, arrows and shifts, badges on new items. */
  compared?: ComparedDrawing | null;
  /** Replaces the plan's title in the title block (a presentation's "Muutokset" page). */
  heading?: string;
}

export type { LaneExtent };

export interface RoadmapDrawing {
  width: number;
  height: number;
  /** The drawing's own defs (patterns, clip paths) come first. */
  shapes: Shape[];
  lanes: LaneExtent[];
  /** Rows drawn, for deciding whether a slide still reads. */
  rowCount: number;
  metrics: Metrics;
}

const CLIP_ID = 'time-area';

/** A whole picture of one frame of the plan: title, time axis, lanes and legend. */
export function roadmapDrawing(request: DrawingRequest): RoadmapDrawing {
  const { plan, theme, metrics: m } = request;
  const lanes = lanesDrawn(request);
  const timeWidth = Math.max(100, request.width - m.labelColumnPx);
  const days = toDayNumber(request.frame.end) - toDayNumber(request.frame.start) + 1;
  const scale = createTimeScale(request.frame.start, request.frame.end, timeWidth / days);
  const column: NameColumn = { metrics: m, hyphenate: request.hyphenate, toggleRoomPx: 0 };
  const layout = layoutRoadmap(
    { ...plan, lanes },
    scale,
    (item) => itemCaption(item, request.language),
    groupByRow(plan.items),
    {
      metrics: m,
      clip: true,
      laneNameHeight: (lane) => laneNameHeight(lane, column),
      rowNameHeight: (name) => rowNameHeight(name, column),
    },
  );
  const title = request.titleBlock
    ? titleBlockMark(titleOf(request), request.width, theme, m)
    : null;
  const header = headerOf(request, scale);
  const bodyTop = (title?.height ?? 0) + header.height;
  const legend = legendOf(request, header.shortened, request.width);
  const height = Math.ceil(bodyTop + layout.height + legend.height);
  const shapes: Shape[] = [
    group(
      {},
      [
        hatchPattern(),
        group(
          { id: CLIP_ID },
          [shape('rect', { width: timeWidth, height: layout.height })],
          'clipPath',
        ),
      ],
      'defs',
    ),
    shape('rect', { width: request.width, height, fill: theme.paper }),
    ...(title?.shapes ?? []),
    group({ transform: `translate(${m.labelColumnPx},${title?.height ?? 0})` }, header.shapes),
    group(
      { transform: `translate(${m.labelColumnPx},${bodyTop})`, 'clip-path': `url(#${CLIP_ID})` },
      body(request, scale, layout),
    ),
    group({ transform: `translate(0,${bodyTop})` }, nameColumn(request, layout, column)),
    group({ transform: `translate(0,${bodyTop + layout.height})` }, legend.shapes),
  ];
  return {
    width: request.width,
    height,
    shapes,
    lanes: laneExtents(layout, bodyTop, column),
    rowCount: layout.rows.length,
    metrics: m,
  };
}

function titleOf({ plan, t, language, part, compared, heading }: DrawingRequest) {
  return {
    title: heading ?? plan.title,
    subtitle: [
      heading ? plan.title : plan.organisation,
      `${t('plan.asOf')} ${formatDate(plan.asOf, language)}`,
      compared ? t('compareDraw.against', { name: againstName(compared, t, language) }) : '',
      part ? t('export.part', part) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    classification: t(`classification.${plan.classification}`).toUpperCase(),
  };
}

function headerOf(request: DrawingRequest, scale: TimeScale) {
  const { t, metrics: m } = request;
  const labels = {
    monthShort: t('axis.months').split(' '),
    week: (week: number) => t('axis.week', { week }),
    quarter: (quarter: number) => t('axis.quarter', { quarter }),
  };
  const rows = legibleHeaderRows(scale, labels, m);
  const markers = markerLabels(request.plan, scale, '0000-00-00', request.language, t).filter(
    (label) => label.x >= 0 && label.x <= scale.width,
  );
  return headerMarks({
    rows,
    markers,
    frameLeft: 0,
    frameRight: scale.width,
    theme: request.theme,
    metrics: m,
    markerLanes: 3,
  });
}

const KINDS: HeaderKind[] = ['monthWeek', 'yearMonth', 'yearQuarter', 'year'];

/** The finest header whose labels all fit their cells at this type size. */
function legibleHeaderRows(scale: TimeScale, labels: TickLabels, m: Metrics) {
  const fits = (ticks: HeaderTick[]) =>
    ticks.every((tick, i) => {
      const clipped = i === 0 || i === ticks.length - 1;
      return clipped || estimateTextWidth(tick.label, m.tickFontPx) + 8 * m.k <= tick.width;
    });
  const first = KINDS.indexOf(headerKind(scale.pxPerDay / m.k));
  for (const kind of KINDS.slice(first)) {
    const rows = headerRows(scale, scale.startDay, scale.endDay, labels, kind);
    if (fits(rows[1]) && fits(rows[0])) return rows;
  }
  return headerRows(scale, scale.startDay, scale.endDay, labels, 'year');
}

function body(request: DrawingRequest, scale: TimeScale, layout: RoadmapLayout): Shape[] {
  const { plan, theme, metrics: m } = request;
  const focus = request.focusLaneId ?? null;
  const compared = request.compared ?? null;
  const bands = layout.rows.map((row) =>
    shape('rect', {
      x: 0,
      y: row.y,
      width: scale.width,
      height: row.height,
      fill: row.index % 2 ? theme.band : theme.paper,
    }),
  );
  const markers = markerMarks(plan.markers, plan.asOf, null, scale, layout.height, theme);
  const links = plan.dependencies.length
    ? laidLinks(plan.dependencies, plan.items, layout, m)
    : null;
  const content = layout.rows.flatMap((row) => {
    const dim = focus !== null && row.lane.id !== focus;
    const items = row.items.flatMap((placed) => {
      const mark = itemMark(placed, theme, m, {
        summary: row.rowId === null,
        dim: dim || dimmedByComparison(compared, placed.item.id),
        broken: links?.brokenItemIds.has(placed.item.id),
      });
      return [mark.body, ...mark.arrows, ...(mark.label ? [mark.label] : [])];
    });
    const tracks = row.tracks.flatMap((placed) => {
      const mark = trackMark(
        placed.track.label,
        placed.track.checkpoints,
        scale,
        placed.y,
        row.lane.color,
        theme,
        m,
      );
      const shapes = [
        ...(mark.title ? [mark.title] : []),
        mark.line,
        ...mark.points.flatMap((p) => (p.value ? [p.dot, p.value] : [p.dot])),
      ];
      return dim ? [group({ opacity: 0.25 }, shapes)] : shapes;
    });
    return [...items, ...tracks];
  });
  const changes = compared
    ? comparedShapes(compared, {
        rows: layout.rows,
        scale,
        theme,
        metrics: m,
        t: request.t,
        clip: true,
        dim: (laneId) => focus !== null && laneId !== focus,
      })
    : { behind: [], above: [] };
  const arrows = links ? linkShapes(links, links.routes, theme, m) : [];
  return [...bands, ...markers, ...changes.behind, ...arrows, ...content, ...changes.above];
}

function nameColumn(request: DrawingRequest, layout: RoadmapLayout, column: NameColumn): Shape[] {
  const { t, theme } = request;
  const focus = request.focusLaneId ?? null;
  const dim = (laneId: string) => focus !== null && laneId !== focus;
  return [
    ...layout.lanes.flatMap((box) =>
      laneHeaderMark(box, t(`kind.${box.lane.kind}`), column, theme, dim(box.lane.id)),
    ),
    ...layout.rows.flatMap((row) =>
      rowNameMark(
        row,
        row.rowId === null ? t('timeline.summary') : row.name,
        column,
        theme,
        dim(row.lane.id),
      ),
    ),
  ];
}
