import type { Attachment } from 'svelte/attachments';
import type { MatrixCell } from '../../domain/risks/riskMatrix';
import { followGesture, startGesture, type Gesture } from '../timeline/pointerGesture';

/**
 * A risk chip that can be dragged to another cell of the matrix: the chip follows the pointer
 * and, dropped on a cell (an element with `data-row` and `data-column`), `ondrop` gets that
 * cell. A press without a drag is left to the chip's click.
 */
export function chipDrag(ondrop: (cell: MatrixCell) => void): Attachment<HTMLElement> {
  return (chip) => {
    let gesture: Gesture | null = null;
    const reset = () => {
      gesture = null;
      chip.style.transform = '';
      chip.classList.remove('dragging');
    };
    const down = (event: PointerEvent) => {
      if (event.button !== 0) return;
      gesture = startGesture(event);
      chip.setPointerCapture?.(event.pointerId);
    };
    const move = (event: PointerEvent) => {
      if (!gesture) return;
      gesture = followGesture(gesture, event);
      if (!gesture.moved) return;
      chip.classList.add('dragging');
      chip.style.transform = `translate(${gesture.dx}px, ${gesture.dy}px)`;
    };
    const up = (event: PointerEvent) => {
      const moved = gesture?.moved;
      reset();
      if (!moved) return;
      // The chip itself lies under the pointer: look through it for the cell.
      const under = document
        .elementsFromPoint(event.clientX, event.clientY)
        .find((element) => element instanceof HTMLElement && element.dataset.row !== undefined);
      const cell = under as HTMLElement | undefined;
      if (cell) ondrop({ row: Number(cell.dataset.row), column: Number(cell.dataset.column) });
      // The click that follows a drag is not a click.
      chip.addEventListener('click', (e) => e.stopImmediatePropagation(), {
        capture: true,
        once: true,
      });
    };
    chip.addEventListener('pointerdown', down);
    chip.addEventListener('pointermove', move);
    chip.addEventListener('pointerup', up);
    chip.addEventListener('pointercancel', reset);
    return () => {
      chip.removeEventListener('pointerdown', down);
      chip.removeEventListener('pointermove', move);
      chip.removeEventListener('pointerup', up);
      chip.removeEventListener('pointercancel', reset);
    };
  };
}
