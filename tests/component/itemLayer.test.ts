import { describe, expect, it, vi } from 'vitest';
import type { ItemMarkState } from '../../src/components/timeline/itemElements';
import { ItemLayer, type ItemEvents } from '../../src/components/timeline/itemLayer';
import { itemMark } from '../../src/drawing/itemMark';
import type { PlacedItem } from '../../src/layout/roadmapLayout';
import { layoutAt } from '../factories/layoutAt';
import { generatePlan } from '../factories/generatePlan';

vi.mock('../../src/drawing/itemMark', async (actual) => {
  const drawing = await actual<typeof import('../../src/drawing/itemMark')>();
  return { ...drawing, itemMark: vi.fn(drawing.itemMark) };
});

const plan = generatePlan({ items: 30, lanes: 2, rowsPerLane: 2, years: 1, seed: 7 });
const layout = layoutAt(plan, 4);
const placedItems = layout.rows.flatMap((row) => row.items);
const phase = placedItems.find((p) => p.item.type === 'phase' && p.shape.width > 40) as PlacedItem;
const milestone = placedItems.find((p) => p.item.type === 'milestone') as PlacedItem;

const stateOf = (placed: PlacedItem, over: Partial<ItemMarkState> = {}): ItemMarkState => ({
  placed,
  selected: false,
  summary: false,
  handles: false,
  frameLeft: undefined,
  dim: false,
  broken: false,
  name: `name of ${placed.item.id}`,
  linkHint: 'link',
  ...over,
});

function setUp() {
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  document.createElementNS('http://www.w3.org/2000/svg', 'svg').append(root);
  document.body.append(root.ownerSVGElement as SVGSVGElement);
  const events = {
    onselect: vi.fn(),
    onpress: vi.fn(),
    onkey: vi.fn(),
    onpoint: vi.fn(),
  } satisfies ItemEvents;
  return { root, events, layer: new ItemLayer(root, events) };
}

const ids = (root: Element) => [...root.children].map((g) => g.getAttribute('data-item-id'));
const markOf = (root: Element, id: string) =>
  root.querySelector(`[data-item-id="${id}"]`) as SVGGElement;

describe('the item layer', () => {
  it('draws each item as the marks did: group, shape, label, and the state in attributes', () => {
    const { root, layer } = setUp();
    layer.update([stateOf(phase, { selected: true }), stateOf(milestone, { broken: true })]);
    expect(ids(root)).toEqual([phase.item.id, milestone.item.id]);
    const bar = markOf(root, phase.item.id);
    expect(bar.getAttribute('class')).toBe(`item status-${phase.item.status} selected`);
    expect(bar.getAttribute('role')).toBe('button');
    expect(bar.getAttribute('aria-pressed')).toBe('true');
    expect(bar.getAttribute('aria-label')).toBe(`name of ${phase.item.id}`);
    expect(bar.querySelector('rect.shape')?.getAttribute('width')).toBe(String(phase.shape.width));
    expect(bar.querySelector('text')?.textContent).toBe(phase.shape.label);
    const diamond = markOf(root, milestone.item.id);
    expect(diamond.querySelector('path.shape')?.getAttribute('d')).toMatch(/^M/);
    expect(diamond.getAttribute('data-broken')).toBe('true');
  });

  it('adds handles only when asked, and takes them away again', () => {
    const { root, layer } = setUp();
    layer.update([stateOf(phase, { handles: true })]);
    const bar = markOf(root, phase.item.id);
    const handles = () => [...bar.querySelectorAll('[data-handle]')].map((h) => h.localName);
    expect(handles()).toEqual(['rect', 'rect', 'circle']);
    expect(bar.querySelector('circle title')?.textContent).toBe('link');
    layer.update([stateOf(phase)]);
    expect(handles()).toEqual([]);
    expect(bar.firstElementChild?.getAttribute('class')).toBe('shape');
  });

  it('never moves a part it keeps: a press on the label still ends in a click', async () => {
    const { root, layer } = setUp();
    layer.update([stateOf(phase, { handles: true })]);
    const label = markOf(root, phase.item.id).querySelector('text') as SVGTextElement;
    const removed: Node[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => removed.push(...record.removedNodes)),
    );
    observer.observe(root, { childList: true, subtree: true });
    layer.update([stateOf(phase)]);
    layer.update([stateOf(phase, { handles: true })]);
    await Promise.resolve();
    observer.disconnect();
    expect(removed.map((n) => (n as Element).localName)).toEqual(['rect', 'rect', 'circle']);
    expect(removed.includes(label)).toBe(false);
  });

  it('keeps an item’s element through changes and order, and removes what is gone', () => {
    const { root, layer } = setUp();
    layer.update([stateOf(phase), stateOf(milestone)]);
    const bar = markOf(root, phase.item.id);
    layer.update([stateOf(milestone), stateOf(phase, { selected: true })]);
    expect(ids(root)).toEqual([milestone.item.id, phase.item.id]);
    expect(markOf(root, phase.item.id)).toBe(bar);
    expect(bar.getAttribute('aria-pressed')).toBe('true');
    layer.update([stateOf(phase)]);
    expect(ids(root)).toEqual([phase.item.id]);
  });

  it('scrolling on, moves none of the marks it keeps: only what leaves goes, only what comes is added', () => {
    const { root, layer } = setUp();
    const [a, b, c, d] = placedItems;
    layer.update([a, b, c].map((p) => stateOf(p as PlacedItem)));
    const observer = new MutationObserver(() => {});
    observer.observe(root, { childList: true });
    layer.update([b, c, d].map((p) => stateOf(p as PlacedItem)));
    const records = observer.takeRecords();
    observer.disconnect();
    const idsIn = (nodes: 'addedNodes' | 'removedNodes') =>
      records.flatMap((r) => [...r[nodes]].map((n) => (n as Element).getAttribute('data-item-id')));
    expect(idsIn('removedNodes')).toEqual([a?.item.id]);
    expect(idsIn('addedNodes')).toEqual([d?.item.id]);
    expect(ids(root)).toEqual([b, c, d].map((p) => p?.item.id));
  });

  it('does not draw again an item placed anew where it was', () => {
    const { layer } = setUp();
    layer.update([stateOf(phase)]);
    const drawnBefore = vi.mocked(itemMark).mock.calls.length;
    layer.update([stateOf({ ...phase })]);
    expect(vi.mocked(itemMark).mock.calls.length).toBe(drawnBefore);
    layer.update([stateOf({ ...phase, y: phase.y + 24 })]);
    expect(vi.mocked(itemMark).mock.calls.length).toBe(drawnBefore + 1);
  });

  it('passes clicks, presses, keys, hover and focus on with the item they were on', () => {
    const { root, layer, events } = setUp();
    layer.update([stateOf(phase), stateOf(milestone)]);
    const label = markOf(root, phase.item.id).querySelector('text') as SVGTextElement;
    const shape = markOf(root, phase.item.id).querySelector('.shape') as SVGElement;
    label.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
    expect(events.onselect).toHaveBeenCalledWith(phase.item.id, true);
    shape.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, button: 0 }));
    shape.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, button: 2 }));
    expect(events.onpress).toHaveBeenCalledTimes(1);
    expect(events.onpress.mock.calls[0]?.[1]).toBe(phase);
    shape.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'ArrowRight' }));
    expect(events.onkey.mock.calls[0]?.[1]).toBe(phase);

    // Moving between a bar's parts is not leaving it; leaving for another item is.
    shape.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    label.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    shape.dispatchEvent(new MouseEvent('pointerout', { bubbles: true, relatedTarget: label }));
    expect(events.onpoint.mock.calls).toEqual([[phase]]);
    const other = markOf(root, milestone.item.id);
    label.dispatchEvent(new MouseEvent('pointerout', { bubbles: true, relatedTarget: other }));
    other.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    expect(events.onpoint.mock.calls).toEqual([[phase], [null], [milestone]]);
  });

  it('listens no more once destroyed', () => {
    const { root, layer, events } = setUp();
    layer.update([stateOf(phase)]);
    layer.destroy();
    markOf(root, phase.item.id).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(events.onselect).not.toHaveBeenCalled();
  });
});
