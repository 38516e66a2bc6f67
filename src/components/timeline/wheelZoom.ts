import type { Attachment } from 'svelte/attachments';

/** How strongly one wheel notch zooms; pinch gestures arrive as small ctrl+wheel deltas. */
const WHEEL_ZOOM_RATE = 0.002;

/**
 * Ctrl+wheel (and trackpad pinch, which Chromium reports as ctrl+wheel) zooms around the pointer
 * instead of zooming the page. Events within one frame are combined into one zoom step, so a fast
 * wheel never lays the plan out more than once a frame. Needs a non-passive listener.
 */
export function wheelZoom(
  onzoom: (factor: number, clientX: number) => void,
): Attachment<HTMLElement> {
  return (node) => {
    let factor = 1;
    let clientX = 0;
    let frame = 0;
    const listener = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      factor *= Math.exp(-event.deltaY * WHEEL_ZOOM_RATE);
      clientX = event.clientX;
      frame ||= requestAnimationFrame(() => {
        onzoom(factor, clientX);
        factor = 1;
        frame = 0;
      });
    };
    node.addEventListener('wheel', listener, { passive: false });
    return () => {
      node.removeEventListener('wheel', listener);
      cancelAnimationFrame(frame);
    };
  };
}
