import { describe, expect, it } from 'vitest';
import {
  DRAG_THRESHOLD_PX,
  followGesture,
  startGesture,
} from '../../src/components/timeline/pointerGesture';

const at = (clientX: number, clientY: number, altKey = false) =>
  ({ clientX, clientY, altKey }) as PointerEvent;

describe('pointer gestures', () => {
  it.each([
    [1, 1, false],
    [DRAG_THRESHOLD_PX - 1, 0, false],
    [DRAG_THRESHOLD_PX, 0, true],
    [0, -10, true],
  ])('a move of (%d, %d) px makes a drag: %s', (dx, dy, moved) => {
    expect(followGesture(startGesture(at(100, 100)), at(100 + dx, 100 + dy))).toMatchObject({
      dx,
      dy,
      moved,
    });
  });

  it('stays a drag once moved, even back at the start, and follows Alt', () => {
    const far = followGesture(startGesture(at(0, 0)), at(50, 0));
    expect(followGesture(far, at(0, 0, true))).toMatchObject({ dx: 0, moved: true, free: true });
  });
});
