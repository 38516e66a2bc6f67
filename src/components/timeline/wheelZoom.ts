import type { Attachment } from 'svelte/attachments';

/** How strongly one wheel notch zooms; pinch gestures arrive as small ctrl+wheel deltas. */
const WHEEL_ZOOM_RATE = 0.002;

/**
 * Ctrl+wheel (and trackpad pinch, which Chromium reports as ctrl+wheel) zooms around the pointer
 * instead of zooming the page. Needs a non-passive listener, hence an attachment.
 */
export function wheelZoom(
  onzoom: (factor: number, clientX: number) => void,
): Attachment<HTMLElement> {
  return (node) => {
    const listener = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      onzoom(Math.exp(-event.deltaY * WHEEL_ZOOM_RATE), event.clientX);
    };
    node.addEventListener('wheel', listener, { passive: false });
    return () => node.removeEventListener('wheel', listener);
  };
}
