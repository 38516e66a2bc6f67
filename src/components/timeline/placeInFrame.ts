/** The part of the canvas in view, in canvas px. */
export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MARGIN_PX = 6;

/**
 * Where a box of `width` × `height` goes: at `left`, under the item (`top`) when it fits there,
 * else above it (ending at `above`), and always inside the frame, so the chart's edge never cuts it.
 */
export function placeInFrame(
  box: { left: number; top: number; above: number; width: number; height: number },
  frame: Frame,
): { left: number; top: number } {
  const maxLeft = frame.right - box.width - MARGIN_PX;
  const left = Math.max(frame.left + MARGIN_PX, Math.min(box.left, maxLeft));
  const fitsUnder = box.top + box.height <= frame.bottom - MARGIN_PX;
  const top = fitsUnder ? box.top : box.above - box.height;
  return { left, top: Math.max(frame.top + MARGIN_PX, top) };
}
