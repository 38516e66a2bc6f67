import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's size whenever it changes, from a ResizeObserver only. Unlike
 * bind:clientWidth it never reads the size during rendering, which would force the browser to
 * lay out the half-built page (17 ms of a 5,000-item render was that forced layout).
 */
export function observeSize(
  onsize: (width: number, height: number) => void,
): Attachment<HTMLElement> {
  return (node) => {
    const observer = new ResizeObserver(([entry]) => {
      if (entry) onsize(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(node);
    return () => observer.disconnect();
  };
}
