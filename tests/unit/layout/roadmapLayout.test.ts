import { describe, expect, it } from 'vitest';
import { groupByRow } from '../../../src/domain/groupByRow';
import type { Plan } from '../../../src/domain/planSchema';
import {
  layoutRoadmap,
  SUB_ROW_PX,
  TRACK_PX,
  type RoadmapLayout,
  type RowCache,
} from '../../../src/layout/roadmapLayout';
import { createTimeScale } from '../../../src/layout/timeScale';
import { visibleItems, visibleRows } from '../../../src/layout/visibleWindow';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { SAMPLE_TEXT } from '../../factories/fixtures';
import { makeLane, makePhase, makePlan } from '../../factories/plans';

const scale = createTimeScale('2021-11-01', '2023-05-15', 4);
const layout = (plan: Plan): RoadmapLayout =>
  layoutRoadmap(plan, scale, (item) => item.label, groupByRow(plan.items));
const sample = (() => {
  const parsed = parsePlanText(SAMPLE_TEXT);
  if (!parsed.ok) throw new Error('sample');
  return parsed.plan;
})();

describe('layoutRoadmap', () => {
  it('stacks lanes and rows in plan order without gaps or overlaps', () => {
    const { rows, lanes } = layout(sample);
    expect(rows.map((r) => r.name)).toEqual(
      sample.lanes.flatMap((lane) => lane.rows.map((row) => row.name)),
    );
    rows
      .slice(1)
      .forEach((row, i) =>
        expect(row.y).toBeGreaterThanOrEqual(
          (rows[i] as (typeof rows)[number]).y + (rows[i] as (typeof rows)[number]).height,
        ),
      );
    expect(lanes.map((l) => l.lane.name)).toEqual(sample.lanes.map((l) => l.name));
  });

  it('never draws two items of the sample plan over each other', () => {
    for (const row of layout(sample).rows) {
      for (const a of row.items) {
        for (const b of row.items) {
          if (a === b || a.y !== b.y) continue;
          expect(a.shape.span.x1 < b.shape.span.x0 || b.shape.span.x1 < a.shape.span.x0).toBe(true);
        }
      }
    }
  });

  it('packs overlapping phases of a row into sub-rows and grows the row', () => {
    const plan = makePlan({
      items: [
        makePhase({ id: 'a', start: '2022-09-01', end: '2022-09-30' }),
        makePhase({ id: 'b', start: '2022-09-15', end: '2022-10-15' }),
      ],
      tracks: [],
    });
    const row = layout(plan).rows.find((r) => r.rowId === 'row-2');
    expect(row?.items.map((p) => p.y - (row?.y ?? 0))).toEqual([3, 3 + SUB_ROW_PX]);
    expect(row?.height).toBe(6 + 2 * SUB_ROW_PX);
  });

  it('gives a transition track its own band below the items', () => {
    const row = layout(makePlan()).rows.find((r) => r.rowId === 'row-1');
    expect(row?.tracks).toHaveLength(1);
    expect(row?.height).toBe(6 + SUB_ROW_PX + TRACK_PX);
  });

  it('orders items for the keyboard by lane, row and time', () => {
    const orders = layout(sample).rows.flatMap((row) => row.items.map((p) => p.order));
    expect(orders).toEqual(orders.map((_, i) => i));
  });

  it('draws a collapsed lane as one summary row holding all its items', () => {
    const plan = makePlan({ lanes: [makeLane({ collapsed: true })] });
    const { rows } = layout(plan);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rowId: null, height: 6 + SUB_ROW_PX });
    expect(rows[0]?.items).toHaveLength(2);
  });
});

describe('visible window', () => {
  const full = layout(sample);

  it('keeps rows that meet the view and drops the rest', () => {
    const second = full.rows[1] as (typeof full.rows)[number];
    const rows = visibleRows(full, {
      left: 0,
      right: 1e9,
      top: second.y + 1,
      bottom: second.y + 2,
    });
    expect(rows).toEqual([second]);
  });

  it('keeps only items whose shape or label reaches into the view', () => {
    const rows = visibleRows(full, { left: 0, right: 1e9, top: 0, bottom: 1e9 });
    const x = scale.x('2022-08-01');
    const items = visibleItems(rows, { left: x, right: x + 200, top: 0, bottom: 1e9 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(sample.items.length);
    for (const p of items) expect(p.shape.span.x1 >= x && p.shape.span.x0 <= x + 200).toBe(true);
  });
});

describe('layoutRoadmap with a row cache', () => {
  const cached = (plan: Plan, cache: RowCache) =>
    layoutRoadmap(plan, scale, (item) => item.label, groupByRow(plan.items), { cache });

  it('lays out exactly as without it, and hands back unchanged rows as they were', () => {
    const cache: RowCache = new Map();
    const first = cached(sample, cache);
    expect(first).toEqual(layout(sample));
    const again = cached(sample, cache);
    again.rows.forEach((row, i) => expect(row).toBe(first.rows[i]));
  });

  it('after one item moves, lays out only its row again and shifts the rows below', () => {
    const cache: RowCache = new Map();
    const before = cached(sample, cache);
    const moved = sample.items.find((i) => i.type === 'phase') as Plan['items'][number];
    const plan = {
      ...sample,
      items: sample.items.map((i) =>
        i === moved && i.type === 'phase' ? { ...i, end: '2023-04-30' } : i,
      ),
    };
    const after = cached(plan, cache);
    expect(after).toEqual(layout(plan));
    const changed = after.rows.findIndex((row) => row.rowId === moved.rowId);
    after.rows.slice(0, changed).forEach((row, i) => expect(row).toBe(before.rows[i]));
    expect(after.rows[changed]).not.toBe(before.rows[changed]);
    const shapeOf = (rows: typeof before.rows, id: string) =>
      rows[changed]?.items.find((p) => p.item.id === id)?.shape;
    const others = before.rows[changed]?.items.filter((p) => p.item !== moved) ?? [];
    expect(others.length).toBeGreaterThan(0);
    for (const { item } of others)
      expect(shapeOf(after.rows, item.id)).toBe(shapeOf(before.rows, item.id));
    expect(shapeOf(after.rows, moved.id)).not.toEqual(shapeOf(before.rows, moved.id));
  });
});
