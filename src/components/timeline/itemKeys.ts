import { tick } from 'svelte';
import type { Command } from '../../domain/commands';
import { shiftDate, type Shift } from '../../domain/shift';
import { placedById, placedByOrder } from '../../layout/findPlaced';
import type { PlacedItem, RoadmapLayout } from '../../layout/roadmapLayout';
import { snapUnit } from '../../layout/snapping';
import { focusItem, type FocusContext } from './focusItem';

export interface ItemKeyContext extends FocusContext {
  pxPerDay: () => number;
  selectedIds: () => string[];
  layout: () => RoadmapLayout;
  onexec: (command: Command) => boolean;
  onselect: (id: string, additive: boolean) => void;
  onedit: (id: string) => void;
  /** An arrow key moved the item or a phase's end: here it is with its new dates. */
  onmoved: (placed: PlacedItem) => void;
}

/** Shift+arrow: a week, or a month where the zoom snaps to months. */
const bigStep = (pxPerDay: number): Shift =>
  snapUnit(pxPerDay) === 'month' ? { amount: 1, unit: 'month' } : { amount: 7, unit: 'day' };

/**
 * Keys on a focused item: arrows move the selection by a day (Shift: a week), Alt+arrows move a
 * phase's end, Up/Down go to the previous/next item, Enter edits, Delete removes, Space selects.
 */
export function itemKeys(context: ItemKeyContext) {
  return async (event: KeyboardEvent, placed: PlacedItem): Promise<void> => {
    const { item } = placed;
    const selected = context.selectedIds();
    const ids = selected.includes(item.id) ? selected : [item.id];
    const horizontal = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    let moved = false;
    if (horizontal) {
      const step = event.shiftKey
        ? bigStep(context.pxPerDay())
        : { amount: 1, unit: 'day' as const };
      const shift = { ...step, amount: step.amount * horizontal };
      if (event.altKey && item.type === 'phase')
        moved = context.onexec({
          type: 'item/update',
          id: item.id,
          changes: { end: shiftDate(item.end, shift) },
        });
      else if (!event.altKey) moved = context.onexec({ type: 'items/shift', ids, shift });
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const next = placedByOrder(
        context.layout(),
        placed.order + (event.key === 'ArrowDown' ? 1 : -1),
      );
      if (next) await focusItem(context, next);
    } else if (event.key === 'Enter') {
      context.onselect(item.id, false);
      context.onedit(item.id);
    } else if (event.key === ' ') {
      context.onselect(item.id, event.shiftKey || event.ctrlKey || event.metaKey);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      context.onexec({ type: 'items/delete', ids });
    } else return;
    event.preventDefault();
    if (horizontal) {
      await tick();
      const now = placedById(context.layout(), item.id);
      if (now && moved) context.onmoved(now);
      if (now) await focusItem(context, now);
    }
  };
}
