import type { Attachment } from 'svelte/attachments';
import type { Checkpoint } from '../../domain/planSchema';
import { moveCheckpoint } from '../../layout/checkpointDrag';
import { snapShift } from '../../layout/snapping';
import { BoxSelect } from './boxSelect.svelte';
import { ItemDrag } from './itemDrag.svelte';
import { followGesture, startGesture, type Gesture } from './pointerGesture';

export interface CheckpointPress extends Gesture {
  trackId: string;
  index: number;
}

/** A track's checkpoints as a checkpoint drag leaves them. */
export const checkpointsAfter = (
  press: CheckpointPress,
  points: readonly Checkpoint[],
  pxPerDay: number,
): Checkpoint[] =>
  moveCheckpoint(points, press.index, snapShift(press.dx, pxPerDay, press.free), press.dy);

export interface GestureHandlers {
  /** Where a pointer event falls in the chart body, in body px. */
  bodyPoint: (event: MouseEvent) => { x: number; y: number };
  /** The pointer was released: drops a dragged item or ends a box. */
  onrelease: () => void;
  /** A checkpoint was dragged and dropped. */
  oncheckpointdrop: (press: CheckpointPress) => void;
}

/**
 * Every pointer gesture of the chart in one place: item drag, box select, header pan and
 * checkpoint drag. One pair of window listeners follows whichever gesture is under way.
 */
export class TimelineGestures {
  readonly drag = new ItemDrag();
  readonly band = new BoxSelect();
  checkpoint = $state.raw<CheckpointPress | null>(null);
  /** Set when a checkpoint drag ended, so the click that follows does not open the editor. */
  checkpointDragged = false;
  readonly #handlers: GestureHandlers;

  constructor(handlers: GestureHandlers) {
    this.#handlers = handlers;
  }

  pressCheckpoint(event: PointerEvent, trackId: string, index: number): void {
    if (event.button === 0) this.checkpoint = { trackId, index, ...startGesture(event) };
  }

  /** The checkpoints of a track as a drag would leave them now, or null. */
  checkpointPreview(trackId: string, points: readonly Checkpoint[], pxPerDay: number) {
    const press = this.checkpoint;
    if (!press?.moved || press.trackId !== trackId) return null;
    return checkpointsAfter(press, points, pxPerDay);
  }

  /** Follows and ends whichever gesture is under way; Esc cancels a drag. */
  readonly window: Attachment<Window> = (target) => {
    const move = (event: PointerEvent) => {
      this.drag.move(event);
      if (this.checkpoint) this.checkpoint = followGesture(this.checkpoint, event);
      if (this.band.box) {
        const { x, y } = this.#handlers.bodyPoint(event);
        this.band.move(x, y);
      }
    };
    const up = () => {
      this.#handlers.onrelease();
      this.#endCheckpoint();
    };
    const key = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (this.drag.active) this.drag.cancel();
      this.checkpoint = null;
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('keydown', key);
    return () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('keydown', key);
    };
  };

  /** Dragging the time axis pans the chart. */
  pan(scroller: () => HTMLElement): Attachment<HTMLElement> {
    return (node) => {
      let start: { x: number; left: number } | null = null;
      const down = (event: PointerEvent) => {
        start = { x: event.clientX, left: scroller().scrollLeft };
        node.setPointerCapture(event.pointerId);
      };
      const move = (event: PointerEvent) => {
        if (start) scroller().scrollLeft = start.left - (event.clientX - start.x);
      };
      const up = () => (start = null);
      node.addEventListener('pointerdown', down);
      node.addEventListener('pointermove', move);
      node.addEventListener('pointerup', up);
      return () => {
        node.removeEventListener('pointerdown', down);
        node.removeEventListener('pointermove', move);
        node.removeEventListener('pointerup', up);
      };
    };
  }

  #endCheckpoint(): void {
    const press = this.checkpoint;
    this.checkpoint = null;
    this.checkpointDragged = Boolean(press?.moved);
    if (press?.moved) this.#handlers.oncheckpointdrop(press);
  }
}
