import { tick } from 'svelte';
import type { PlacedItem } from '../../layout/roadmapLayout';

/** Where an item to focus is looked for, and what of the chart hides it. */
export interface FocusContext {
  scroller: () => HTMLElement;
  bodyWidth: () => number;
  /** The time axis's height, which grows when marker labels stack. */
  headerHeight: () => number;
}

/** Focuses an item by id once the DOM has caught up, scrolling it into the rendered window first. */
export async function focusItem(context: FocusContext, placed: PlacedItem): Promise<void> {
  const scroller = context.scroller();
  const visibleHeight = scroller.clientHeight - context.headerHeight();
  if (placed.y < scroller.scrollTop || placed.y > scroller.scrollTop + visibleHeight - 40)
    scroller.scrollTop = Math.max(0, placed.y - 40);
  if (
    placed.shape.x < scroller.scrollLeft ||
    placed.shape.x > scroller.scrollLeft + context.bodyWidth() - 40
  ) {
    scroller.scrollLeft = Math.max(0, placed.shape.x - 80);
  }
  scroller.dispatchEvent(new Event('scroll'));
  await tick();
  scroller.querySelector<SVGElement>(`[data-item-id="${CSS.escape(placed.item.id)}"]`)?.focus();
}
