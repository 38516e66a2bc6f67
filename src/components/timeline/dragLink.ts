import '../../domain/partCommands';
import type { Command } from '../../domain/commands';
import type { PlacedItem } from '../../layout/roadmapLayout';
import type { LinkDrag } from './linkDrag.svelte';

interface DragLinkContext {
  bodyPoint: (event: MouseEvent) => { x: number; y: number };
  onexec: (command: Command) => boolean;
}

/**
 * A link drawn from an item's handle: a line follows the pointer; released on another item, it
 * becomes "must finish before … starts" in one undoable step. Esc cancels.
 */
export function dragLink(
  event: PointerEvent,
  placed: PlacedItem,
  linkDrag: LinkDrag,
  { bodyPoint, onexec }: DragLinkContext,
): void {
  event.preventDefault();
  event.stopPropagation();
  linkDrag.begin(placed, bodyPoint(event));
  const move = (e: PointerEvent) => linkDrag.move(bodyPoint(e));
  const stop = () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('keydown', key, true);
  };
  const up = (e: PointerEvent) => {
    stop();
    const target = document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-item-id]');
    const dependency = linkDrag.end(target?.getAttribute('data-item-id') ?? null);
    if (dependency) onexec({ type: 'dependency/add', dependency });
  };
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    stop();
    linkDrag.cancel();
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('keydown', key, true);
}
