import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itemRow, type ItemRowView } from '../../src/components/timeline/itemRow.svelte';
import { ItemLayer } from '../../src/components/timeline/itemLayer';
import type { PlacedItem } from '../../src/layout/roadmapLayout';
import { layoutAt } from '../factories/layoutAt';
import { generatePlan } from '../factories/generatePlan';

const plan = generatePlan({ items: 30, lanes: 1, rowsPerLane: 1, years: 1, seed: 3 });
const layout = layoutAt(plan, 4);
const items = layout.rows[0]?.items ?? [];
const phase = items.find((p) => p.shape.labelInside && p.shape.width > 120) as PlacedItem;
const events = { onselect: vi.fn(), onpress: vi.fn(), onkey: vi.fn(), onpoint: vi.fn() };

/** A row attached to a group, its view changed by `set`; `draws` counts the layer's redraws. */
function attachRow() {
  const draws = vi.spyOn(ItemLayer.prototype, 'update');
  let view = $state.raw<ItemRowView>({
    items: [...items],
    selectedIds: new Set<string>(),
    pointedId: undefined,
    frameLeft: 0,
    dimmed: undefined,
    broken: new Set<string>(),
    shown: (placed) => placed,
  });
  const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  const stop = $effect.root(() => {
    itemRow(events, () => view)(group);
  });
  flushSync();
  const set = (changes: Partial<ItemRowView>) => {
    view = { ...view, ...changes };
    flushSync();
  };
  return { set, group, draws, stop };
}

const labelX = (group: Element, id: string) =>
  group.querySelector(`[data-item-id="${id}"] text`)?.getAttribute('x');

afterEach(() => vi.restoreAllMocks());

describe('a row of item marks', () => {
  it('is not redrawn by a scroll step that moves none of its labels', () => {
    const { set, draws, stop } = attachRow();
    expect(draws).toHaveBeenCalledTimes(1);
    set({ items: [...items], frameLeft: Math.min(...items.map((p) => p.shape.x)) - 10 });
    expect(draws).toHaveBeenCalledTimes(1);
    stop();
  });

  it('is redrawn when the frame moves a label of a bar begun before it', () => {
    const { set, group, draws, stop } = attachRow();
    const before = labelX(group, phase.item.id);
    set({ frameLeft: phase.shape.x + 40 });
    expect(draws).toHaveBeenCalledTimes(2);
    expect(labelX(group, phase.item.id)).not.toBe(before);
    stop();
  });

  it('is redrawn by a selection, and by a drag preview of one of its items', () => {
    const { set, group, draws, stop } = attachRow();
    set({ selectedIds: new Set([phase.item.id]) });
    expect(draws).toHaveBeenCalledTimes(2);
    const moved = { ...phase, shape: { ...phase.shape, x: phase.shape.x + 50 } };
    set({ shown: (placed) => (placed === phase ? moved : placed) });
    expect(draws).toHaveBeenCalledTimes(3);
    expect(group.querySelector(`[data-item-id="${phase.item.id}"]`)).not.toBeNull();
    stop();
  });
});
