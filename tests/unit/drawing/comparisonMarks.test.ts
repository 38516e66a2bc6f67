import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/domain/commands';
import { comparisonMarks } from '../../../src/drawing/comparisonMarks';
import type { Shape } from '../../../src/drawing/shape';
import { DEFAULT_THEME as THEME } from '../../../src/drawing/theme';
import { SCREEN_METRICS as M } from '../../../src/layout/metrics';
import { comparedLayout } from '../../factories/comparedPlan';
import { makeMilestone, makePlan } from '../../factories/plans';

const plan = makePlan({ tracks: [] });
const TEXTS = { newText: 'UUSI', changedText: 'MUUTETTU' };
const marksAfter = (commands: Command[], dim?: (laneId: string) => boolean) =>
  comparisonMarks(comparedLayout(plan, commands).marks, THEME, M, { ...TEXTS, dim });
const flat = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => [s, ...flat(s.children ?? [])]);
const withAttr = (shapes: Shape[], name: string) => flat(shapes).filter((s) => name in s.attrs);

const moved: Command = {
  type: 'item/update',
  id: 'item-1',
  changes: { start: '2022-09-22', end: '2022-10-21' },
};

describe('comparisonMarks', () => {
  it('draws a moved item’s ghost as a dashed outline at the ghost’s place, behind the items', () => {
    const { marks } = comparedLayout(plan, [moved]);
    const { behind, above } = comparisonMarks(marks, THEME, M, TEXTS);
    const [ghost] = withAttr(behind, 'data-ghost');
    const placed = marks.changed[0]!.ghost;
    expect(ghost?.tag).toBe('rect');
    expect(ghost?.attrs).toMatchObject({
      x: placed.shape.x,
      width: placed.shape.width,
      y: placed.y + 0.1 * M.barPx,
      stroke: placed.lane.color,
      'stroke-dasharray': '4 3',
    });
    expect(withAttr(above, 'data-ghost')).toEqual([]);
  });

  it('draws the arrow from the ghost towards the item, its head at the item, in the late colour', () => {
    const { marks } = comparedLayout(plan, [moved]);
    const { behind } = comparisonMarks(marks, THEME, M, TEXTS);
    const [line] = withAttr(behind, 'data-shift-arrow');
    const arrow = marks.changed[0]!.arrow!;
    expect(line?.attrs.x1).toBe(arrow.x0);
    expect(Number(line?.attrs.x2)).toBeLessThan(arrow.x1);
    expect(line?.attrs.stroke).toBe(THEME.late);
    const head = behind[behind.indexOf(line!) + 1];
    expect(head?.attrs.d).toMatch(new RegExp(`^M${arrow.x1},`));
  });

  it('writes the shift over the items, with a halo, in the colour of its direction', () => {
    const later = withAttr(marksAfter([moved]).above, 'data-shift');
    expect(later.map((s) => [s.text, s.attrs.fill, s.attrs['paint-order']])).toEqual([
      ['+3 vk', THEME.late, 'stroke'],
    ]);
    const earlier = withAttr(
      marksAfter([{ type: 'item/update', id: 'item-2', changes: { date: '2022-03-25' } }]).above,
      'data-shift',
    );
    expect(earlier.map((s) => [s.text, s.attrs.fill])).toEqual([['\u22121 vk', THEME.accent]]);
  });

  it('strikes a removed item’s label through with a line as long as the label', () => {
    const { marks } = comparedLayout(plan, [{ type: 'items/delete', ids: ['item-1'] }]);
    const { behind, above } = comparisonMarks(marks, THEME, M, TEXTS);
    const shape = marks.removed[0]!.ghost.shape;
    expect(withAttr(behind, 'data-removed')).toHaveLength(1);
    const label = above.find((s) => s.tag === 'text');
    expect(label?.text).toBe('Testaus');
    expect(label?.attrs.fill).toBe(THEME.inkSoft);
    const [strike] = withAttr(above, 'data-strike');
    expect(strike?.attrs.x1).toBe(shape.labelX);
    expect(strike?.attrs.x2).toBeCloseTo(shape.labelX + shape.labelWidth, 1);
    expect(strike?.attrs.y1).toBe(label?.attrs.y);
  });

  it('puts a "new" badge on an added item, above the top edge of its shape', () => {
    const { above } = marksAfter([
      { type: 'item/add', item: makeMilestone({ id: 'new', date: '2022-05-01' }) },
    ]);
    const [badge] = withAttr(above, 'data-new');
    expect(above.find((s) => s.tag === 'text')?.text).toBe('UUSI');
    const { layout } = comparedLayout(plan, [
      { type: 'item/add', item: makeMilestone({ id: 'new', date: '2022-05-01' }) },
    ]);
    const placed = layout.rows.flatMap((r) => r.items).find((p) => p.item.id === 'new')!;
    expect(Number(badge?.attrs.y)).toBeLessThan(placed.y + 0.1 * M.barPx);
  });

  it('puts an outlined "changed" badge on an item changed only in status', () => {
    const { above } = marksAfter([
      { type: 'item/update', id: 'item-1', changes: { status: 'late' } },
    ]);
    const [badge] = withAttr(above, 'data-restyled');
    expect(badge?.attrs).toMatchObject({ fill: THEME.paper, stroke: THEME.accent });
    expect(above.find((s) => s.tag === 'text')?.text).toBe('MUUTETTU');
  });

  it('draws nothing when nothing changed', () => {
    expect(marksAfter([])).toEqual({ behind: [], above: [] });
  });

  it('fades the marks of a lane out of focus', () => {
    const { behind, above } = marksAfter([moved], (laneId) => laneId === 'lane-1');
    expect([...behind, ...above].every((s) => s.tag === 'g' && s.attrs.opacity === 0.25)).toBe(
      true,
    );
  });
});
