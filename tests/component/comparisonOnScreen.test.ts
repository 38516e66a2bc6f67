import { render, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import RoadmapView from '../../src/components/timeline/RoadmapView.svelte';
import { Comparison } from '../../src/state/comparison.svelte';
import { locale } from '../../src/state/locale.svelte';
import { comparedSample } from '../factories/comparedSample';

/** jsdom lays nothing out: the timeline reports a screen big enough for the whole sample. */
const SIZE = { width: 6000, height: 4000 };
const realObserver = globalThis.ResizeObserver;
beforeAll(() => {
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ contentRect: SIZE, target } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => {
  globalThis.ResizeObserver = realObserver;
});
beforeEach(() => {
  localStorage.clear();
  locale.set('fi');
});

async function renderCompared() {
  const { plan } = comparedSample();
  const comparison = new Comparison(() => plan);
  await comparison.start({ kind: 'baseline' });
  const view = render(RoadmapView, {
    planId: 'compared',
    plan,
    comparison,
    onexec: () => true,
    history: { reviseAdd: () => true, retract: () => undefined },
  });
  await waitFor(() => expect(view.container.querySelector('[data-ghost]')).not.toBeNull());
  return { ...view, comparison };
}

const attrs = (root: Element, name: string) =>
  [...root.querySelectorAll(`[${name}]`)].map((e) => e.getAttribute(name)).sort();

describe('the roadmap while comparing', () => {
  it('draws each changed item’s ghost, the shifts, the removed item and a badge on the new one', async () => {
    const { container } = await renderCompared();
    expect(attrs(container, 'data-ghost')).toEqual(['m-026', 'm-061', 'p-027', 'p-035']);
    expect(attrs(container, 'data-removed')).toEqual(['p-021']);
    expect(attrs(container, 'data-new')).toEqual(['m-new']);
    expect(attrs(container, 'data-restyled')).toEqual(['p-062']);
    const shifts = [...container.querySelectorAll('[data-shift]')].map((e) => e.textContent);
    expect(shifts.sort()).toEqual(['+2 vk', '+3 vk', '\u22125 pv']);
  });

  it('draws the ghosts behind the items and the shifts over them', async () => {
    const { container } = await renderCompared();
    const behind = container.querySelector('[data-comparison="behind"]');
    const above = container.querySelector('[data-comparison="above"]');
    const item = container.querySelector('[data-item-id="p-027"]');
    expect(behind?.querySelector('[data-ghost="p-027"]')).not.toBeNull();
    expect(above?.querySelector('[data-shift="p-027"]')).not.toBeNull();
    const order = (a: Element, b: Element) => a.compareDocumentPosition(b);
    expect(order(behind!, item!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(order(item!, above!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('dims the unchanged items on request, and draws nothing once the comparison stops', async () => {
    const { container, comparison } = await renderCompared();
    const opacity = (id: string) =>
      container.querySelector(`[data-item-id="${id}"]`)?.getAttribute('opacity');
    expect(opacity('p-025')).toBeNull();
    comparison.dimUnchanged = true;
    flushSync();
    expect(opacity('p-025')).toBe('0.25');
    expect(opacity('p-027')).toBeNull();
    expect(opacity('m-new')).toBeNull();
    comparison.stop();
    flushSync();
    expect(container.querySelector('[data-ghost]')).toBeNull();
    expect(opacity('p-025')).toBeNull();
  });
});
