import { describe, expect, it } from 'vitest';
import { MAX_DATE, MIN_DATE } from '../../../src/domain/calendarRange';
import { toDayNumber } from '../../../src/domain/calendarDate';
import type { Command } from '../../../src/domain/commands';
import { execute } from '../../../src/domain/execute';
import { groupByRow } from '../../../src/domain/groupByRow';
import { planSchema, type Plan } from '../../../src/domain/planSchema';
import { roadmapSvg } from '../../../src/export/roadmapSvg';
import { describeIssue } from '../../../src/i18n/describeImportError';
import { markerLabels } from '../../../src/drawing/markerLabels';
import { MESSAGES } from '../../factories/messages';
import { translate, type Translate } from '../../../src/i18n/translate';
import { toPlanIssues } from '../../../src/io/planIssues';
import { contentRange } from '../../../src/layout/contentRange';
import { shadedDays } from '../../../src/layout/dayShading';
import { draggedItem } from '../../../src/layout/dragPreview';
import { headerRows, type TickLabels } from '../../../src/layout/headerTicks';
import { presetFrame, stepFrame } from '../../../src/layout/presentationFrame';
import { printSheets } from '../../../src/drawing/printSheets';
import { DEFAULT_THEME } from '../../../src/drawing/theme';
import { NO_HYPHENATION } from '../../../src/layout/hyphenation';
import { layoutRoadmap } from '../../../src/layout/roadmapLayout';
import { snapShift } from '../../../src/layout/snapping';
import { createTimeScale } from '../../../src/layout/timeScale';
import { trackShape } from '../../../src/layout/trackShape';
import { visibleItems, visibleRows } from '../../../src/layout/visibleWindow';
import {
  fitPxPerDay,
  MAX_PX_PER_DAY,
  MIN_PX_PER_DAY,
  nearestPreset,
  ZOOM_PRESETS,
  zoomAround,
} from '../../../src/layout/zoom';
import { makeMilestone, makePhase, makePlan } from '../../factories/plans';

const t: Translate = (key, params) => translate(MESSAGES.fi, key, params);
const labels: TickLabels = {
  monthShort: t('axis.months').split(' '),
  week: (week) => t('axis.week', { week }),
  quarter: (quarter) => t('axis.quarter', { quarter }),
};

/** The widest plan the schema accepts: the whole calendar, with something on each end. */
const WIDEST: Plan = makePlan({
  asOf: MAX_DATE,
  window: { start: MIN_DATE, end: MAX_DATE },
  items: [
    makeMilestone({ id: 'first', date: MIN_DATE }),
    makeMilestone({ id: 'last', date: MAX_DATE }),
    makePhase({ id: 'all', start: MIN_DATE, end: MAX_DATE }),
    makePhase({ id: 'edge', rowId: 'row-1', start: '2200-12-01', end: MAX_DATE }),
  ],
  tracks: [
    {
      id: 'track',
      rowId: 'row-1',
      label: 'Koko ajan',
      checkpoints: [
        { date: MIN_DATE, percent: 0 },
        { date: MAX_DATE, percent: 100 },
      ],
    },
  ],
  markers: [
    { id: 'b1', type: 'blackout', label: 'Alku', start: MIN_DATE, end: '1900-01-31' },
    { id: 'k1', type: 'keyDate', label: 'Loppu', date: MAX_DATE },
  ],
});

/** A screen: 1,600 px of body, 700 px tall, with the overscan the timeline adds. */
const SCREEN_PX = 1600 + 2 * 400;
const ZOOMS = [
  ...Object.entries(ZOOM_PRESETS),
  ['min', MIN_PX_PER_DAY],
  ['max', MAX_PX_PER_DAY],
  ['fit', fitPxPerDay(toDayNumber(MAX_DATE) - toDayNumber(MIN_DATE) + 1, 1600)],
] as [string, number][];

describe('the layout over the whole calendar (1.1.1900–31.12.2200)', () => {
  it('is a plan the schema accepts', () => {
    expect(planSchema.safeParse(WIDEST).error?.issues).toBeUndefined();
  });

  it.each(ZOOMS)('lays out, ticks and shades at %s zoom without throwing', (_name, px) => {
    const range = contentRange(WIDEST);
    const scale = createTimeScale(range.start, range.end, px);
    expect(Number.isFinite(scale.width)).toBe(true);
    const layout = layoutRoadmap(WIDEST, scale, (item) => item.label, groupByRow(WIDEST.items));
    for (const row of layout.rows)
      for (const placed of row.items) expect(Number.isFinite(placed.shape.x)).toBe(true);
    for (const left of [0, scale.width / 2, scale.width - SCREEN_PX]) {
      const view = { left, right: left + SCREEN_PX, top: 0, bottom: 900 };
      const fromDay = scale.dayAt(Math.max(0, view.left));
      const toDay = scale.dayAt(view.right);
      const [coarse, fine] = headerRows(scale, fromDay, toDay, labels);
      // What reaches the DOM is bounded by the screen, not by the plan's 300 years.
      const days = toDay - fromDay + 1;
      expect(coarse.length).toBeLessThanOrEqual(Math.ceil(days / 28) + 2);
      expect(fine.length).toBeLessThanOrEqual(Math.ceil(days / 7) + 2);
      for (const tick of [...coarse, ...fine]) expect(tick.label).not.toMatch(/NaN|undefined/);
      expect(shadedDays(scale, fromDay, toDay).length).toBeLessThanOrEqual(days);
      expect(visibleItems(visibleRows(layout, view), view).length).toBeLessThanOrEqual(4);
    }
    for (const track of WIDEST.tracks) trackShape(track.checkpoints, scale, 0, 48);
    expect(markerLabels(WIDEST, scale, '2022-06-15', 'fi', t).length).toBeGreaterThan(0);
    expect(Number.isFinite(zoomAround(scale.width, 800, px, px * 1.5))).toBe(true);
    expect(nearestPreset(px)).toBeTruthy();
  });

  it('labels the first and last years of the calendar', () => {
    const range = contentRange(WIDEST);
    const scale = createTimeScale(range.start, range.end, ZOOM_PRESETS.years);
    const years = headerRows(scale, scale.startDay, scale.endDay, labels)[0].map((t) => t.label);
    expect(years[0]).toBe('1899');
    expect(years.at(-1)).toBe('2201');
    expect(years).toHaveLength(303);
  });

  it('draws the whole plan as an SVG picture, and frames and pages it', () => {
    const { svg } = roadmapSvg({ plan: WIDEST, language: 'fi', t });
    expect(svg.includes('Tilannepäivä 31.12.2200')).toBe(true);
    const whole = contentRange(WIDEST);
    const request = { plan: WIDEST, language: 'fi' as const, t, theme: DEFAULT_THEME };
    const sheets = printSheets(
      { ...request, hyphenate: NO_HYPHENATION, frame: WIDEST.window },
      'a4',
      'legible',
    );
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(Number.isFinite(sheet.height)).toBe(true);
    expect(stepFrame(presetFrame('next12', MAX_DATE, whole), 1).start).toBe('2201-12-01');
    expect(stepFrame(presetFrame('next6', MIN_DATE, whole), -1).start).toBe('1899-07-01');
  });
});

describe('commands that would leave the calendar are refused with the range sentence', () => {
  /** The first refusal, as the user reads it. */
  function refusal(plan: Plan, command: Command): string {
    const result = execute(plan, command);
    expect(result.ok).toBe(false);
    if (result.ok) return '';
    const [issue] = toPlanIssues(result.issues, result.attempted);
    if (!issue) throw new Error('no issue');
    expect(issue.problem).toBe('dateOutOfRange');
    return describeIssue(issue, t, 'fi');
  }
  const atEnd = makePlan({
    window: { start: '2200-01-01', end: MAX_DATE },
    asOf: '2200-06-15',
    items: [makeMilestone({ id: 'late', date: '2200-12-01' })],
    tracks: [],
    markers: [],
  });
  const atStart = makePlan({
    window: { start: MIN_DATE, end: '1900-12-31' },
    asOf: '1900-06-15',
    items: [makePhase({ id: 'early', start: '1900-01-15', end: '1900-02-15' })],
    tracks: [],
    markers: [],
  });

  it.each<[string, Plan, Command]>([
    [
      '"Siirrä aikataulua" ten years on from December 2200',
      atEnd,
      { type: 'items/shiftAfter', date: '2200-01-01', shift: { amount: 520 * 7, unit: 'day' } },
    ],
    [
      'moving an item five weeks past the end',
      atEnd,
      { type: 'items/shift', ids: ['late'], shift: { amount: 35, unit: 'day' } },
    ],
    [
      'moving an item a month before the start',
      atStart,
      { type: 'items/shift', ids: ['early'], shift: { amount: -1, unit: 'month' } },
    ],
    [
      'a window edited to end 9999-12-31',
      atEnd,
      { type: 'plan/update', changes: { window: { start: '2200-01-01', end: '9999-12-31' } } },
    ],
  ])('%s', (_name, plan, command) => {
    expect(refusal(plan, command)).toMatch(
      /: päivämäärä \d{1,2}\.\d{1,2}\.\d{4} on sallitun ajan ulkopuolella \(sallittu 1\.1\.1900–31\.12\.2200\)$/,
    );
  });

  it('refuses a drop dragged as far as a pointer can go at the widest zoom', () => {
    const shift = snapShift(20_000, MIN_PX_PER_DAY);
    const [item] = atEnd.items;
    if (!item) throw new Error('item');
    const dropped = draggedItem(item, 'move', shift);
    expect(dropped.type === 'milestone' && dropped.date > MAX_DATE).toBe(true);
    expect(refusal(atEnd, { type: 'item/replace', item: dropped })).toContain(
      'on sallitun ajan ulkopuolella (sallittu 1.1.1900–31.12.2200)',
    );
  });
});
