/** A press becomes a drag only after the pointer travels this far, so clicks stay clicks (px). */
export const DRAG_THRESHOLD_PX = 4;

/** A press followed by pointer moves, in screen px from where it began. */
export interface Gesture {
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  /** Alt held: no snapping, single days at any zoom. */
  free: boolean;
  /** The pointer has travelled past the threshold: this is a drag, not a click. */
  moved: boolean;
}

export const startGesture = (event: PointerEvent): Gesture => ({
  x0: event.clientX,
  y0: event.clientY,
  dx: 0,
  dy: 0,
  free: event.altKey,
  moved: false,
});

export function followGesture<T extends Gesture>(gesture: T, event: PointerEvent): T {
  const dx = event.clientX - gesture.x0;
  const dy = event.clientY - gesture.y0;
  const moved = gesture.moved || Math.hypot(dx, dy) >= DRAG_THRESHOLD_PX;
  return { ...gesture, dx, dy, free: event.altKey, moved };
}
