import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/calendarDate';
import type { Command } from '../../../src/domain/commands';
import { SCREEN_METRICS as M } from '../../../src/layout/metrics';
import { comparedLayout, SCALE } from '../../factories/comparedPlan';
import { makeLane, makeMilestone, makePhase, makePlan } from '../../factories/plans';

const x = (date: string) => SCALE.xOfDay(toDayNumber(date));
const endX = (date: string) => x(date) + SCALE.pxPerDay;
const placedOf = (layout: ReturnType<typeof comparedLayout>['layout'], id: string) =>
  layout.rows.flatMap((row) => row.items).find((p) => p.item.id === id);

const plan = makePlan({ tracks: [] });
const move = (changes: object, id = 'item-1'): Command => ({ type: 'item/update', id, changes });

describe('comparisonLayout', () => {
  it('puts the ghost of a moved phase at its baseline dates, in its sub-row', () => {
    const { marks, layout } = comparedLayout(plan, [
      move({ start: '2022-09-22', end: '2022-10-21' }),
    ]);
    const [mark] = marks.changed;
    expect(marks.changed).toHaveLength(1);
    expect(mark?.ghost.shape.x).toBe(x('2022-09-01'));
    expect(mark?.ghost.shape.width).toBe(endX('2022-09-30') - x('2022-09-01'));
    expect(mark?.ghost.y).toBe(placedOf(layout, 'item-1')?.y);
  });

  it('draws the arrow from the ghost to the item under the bars, along the edge that moved', () => {
    const { marks, layout } = comparedLayout(plan, [
      move({ start: '2022-09-22', end: '2022-10-21' }),
    ]);
    const arrow = marks.changed[0]?.arrow;
    const y = (placedOf(layout, 'item-1')?.y ?? 0) + (1.2 * M.barPx + M.subRowPx) / 2;
    expect(arrow).toEqual({ x0: endX('2022-09-30'), y0: y, x1: endX('2022-10-21'), y1: y });
    expect(y).toBeGreaterThan((placedOf(layout, 'item-1')?.y ?? 0) + 1.1 * M.barPx);
  });

  it.each([
    ['3 weeks later', { start: '2022-09-22', end: '2022-10-21' }, 21, '+3 vk'],
    ['5 days earlier', { start: '2022-08-27', end: '2022-09-25' }, -5, '\u22125 pv'],
    ['lengthened by 2 weeks', { end: '2022-10-14' }, 14, '+2 vk'],
    ['its start 10 days later only', { start: '2022-09-11' }, 10, '+10 pv'],
  ])('labels a phase moved %s with its shift', (_, changes, days, text) => {
    const { marks } = comparedLayout(plan, [move(changes)]);
    expect(marks.changed[0]?.days).toBe(days);
    expect(marks.changed[0]?.shift?.text).toBe(text);
  });

  it('points a milestone moved earlier from the ghost back to the diamond', () => {
    const { marks } = comparedLayout(plan, [move({ date: '2022-03-27' }, 'item-2')]);
    const arrow = marks.changed[0]?.arrow;
    expect(arrow?.x0).toBe(x('2022-04-01') + SCALE.pxPerDay / 2);
    expect(arrow?.x1).toBe(x('2022-03-27') + SCALE.pxPerDay / 2);
    expect(marks.changed[0]?.shift?.text).toBe('\u22125 pv');
  });

  it('puts the shift where no label of the sub-row is, inside the ghost when it fits', () => {
    const { marks, layout } = comparedLayout(plan, [
      move({ start: '2022-09-22', end: '2022-10-21' }),
    ]);
    const shift = marks.changed[0]?.shift;
    const item = placedOf(layout, 'item-1');
    expect(shift!.x).toBeGreaterThanOrEqual(x('2022-09-01'));
    expect(shift!.x + shift!.width).toBeLessThanOrEqual(item!.shape.span.x0);
  });

  it('draws nothing for unchanged items, and no ghost but a badge for a change of status or name', () => {
    const none = comparedLayout(plan, []);
    expect(none.marks).toEqual({ changed: [], removed: [], added: [], restyled: [] });
    const status = comparedLayout(plan, [move({ status: 'late', label: 'Testaus ja korjaus' })]);
    expect(status.result.comparison.items).toHaveLength(1);
    expect(status.marks.changed).toEqual([]);
    expect(status.marks.restyled.map((m) => m.id)).toEqual(['item-1']);
  });

  it('puts the ghost of an item moved to another row in the row it was in, arrowed there', () => {
    const { marks, layout } = comparedLayout(plan, [
      { type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-1' },
    ]);
    const [mark] = marks.changed;
    const row2 = layout.rows.find((row) => row.rowId === 'row-2');
    const item = placedOf(layout, 'item-1');
    expect(mark?.ghost.y).toBe((row2?.y ?? 0) + M.rowPadPx / 2);
    expect(mark?.days).toBe(0);
    expect(mark?.shift).toBeNull();
    // From the ghost's top up to the item's bottom.
    expect(mark?.arrow?.y0).toBe(mark!.ghost.y + 0.1 * M.barPx);
    expect(mark?.arrow?.y1).toBe(item!.y + 1.1 * M.barPx);
  });

  it('draws a removed item as a ghost with its label in the row it was in', () => {
    const { marks, layout } = comparedLayout(plan, [{ type: 'items/delete', ids: ['item-1'] }]);
    const [mark] = marks.removed;
    expect(mark?.ghost.shape.label).toBe('Testaus');
    expect(mark?.ghost.shape.x).toBe(x('2022-09-01'));
    expect(mark?.ghost.y).toBe((layout.rows.find((r) => r.rowId === 'row-2')?.y ?? 0) + 3);
  });

  it("puts a removed item whose row is gone in its lane's first row; a gone lane's not at all", () => {
    const twoLanes = makePlan({
      tracks: [],
      lanes: [makeLane(), makeLane({ id: 'lane-2', rows: [{ id: 'row-3', name: 'Muut' }] })],
      items: [makePhase({ id: 'a' }), makePhase({ id: 'b', rowId: 'row-3' })],
    });
    const { marks, layout } = comparedLayout(twoLanes, [
      { type: 'row/delete', id: 'row-2' },
      { type: 'lane/delete', id: 'lane-2' },
    ] as Command[]);
    expect(marks.removed.map((m) => m.id)).toEqual(['a']);
    expect(marks.removed[0]?.ghost.y).toBe((layout.rows[0]?.y ?? 0) + M.rowPadPx / 2);
  });

  it('moves a removed ghost to a sub-row where it covers no other item', () => {
    const crowded = makePlan({
      tracks: [],
      items: [
        makePhase({ id: 'a', start: '2022-09-01', end: '2022-09-30' }),
        makePhase({ id: 'b', start: '2022-09-15', end: '2022-10-15' }),
        makePhase({ id: 'c', label: 'C', start: '2022-09-01', end: '2022-09-10' }),
      ],
    });
    const { marks, layout } = comparedLayout(crowded, [{ type: 'items/delete', ids: ['c'] }]);
    expect(placedOf(layout, 'a')?.y).not.toBe(placedOf(layout, 'b')?.y);
    expect(marks.removed[0]?.ghost.y).toBe(placedOf(layout, 'b')?.y);
  });

  it('marks an added item with its placement', () => {
    const { marks, layout } = comparedLayout(plan, [
      { type: 'item/add', item: makeMilestone({ id: 'new', date: '2022-05-01' }) },
    ]);
    expect(marks.added).toEqual([{ id: 'new', placed: placedOf(layout, 'new') }]);
  });

  it('leaves out, in a picture, a ghost wholly outside the frame', () => {
    const { marks } = comparedLayout(plan, [move({ date: '2023-02-01' }, 'item-2')], true);
    // The milestone now lies outside the frame, its ghost inside: the arrow runs out of the frame.
    expect(marks.changed).toHaveLength(1);
    const outside = comparedLayout(
      makePlan({ tracks: [], items: [makeMilestone({ date: '2021-06-01' })] }),
      [move({ date: '2022-02-01' }, 'item-2')],
      true,
    );
    expect(outside.marks.changed).toEqual([]);
  });

  it('leaves out the items of a collapsed lane', () => {
    const { marks } = comparedLayout(plan, [
      move({ start: '2022-09-22', end: '2022-10-21' }),
      { type: 'lane/update', id: 'lane-1', changes: { collapsed: true } },
    ] as Command[]);
    expect(marks.changed).toEqual([]);
  });
});
