/**
 * Marks that may arrive at once beyond those already drawn, the first draw's too: more than a
 * 5,000-item plan shows (209), so its first draw is one frame, and its 5,000-row sheet import's
 * longest task stays about 70 ms (issue 17: under 100) now that marks are written straight.
 */
export const AT_ONCE = 300;
/** What each later slice aims to take: it is sized by how long the slice before took. */
export const MOUNT_SLICE_MS = 8;
const MIN_MARKS = 50;

/**
 * How many item marks the body may mount. When more than `AT_ONCE` marks come into view at once
 * (opening a plan of tens of thousands of items, zooming out over one), the rest arrive a slice
 * per frame, so the page is never blocked; scrolls and zooms of ordinary plans draw at once.
 */
export class MountSlices {
  limit: number;
  #perSlice = AT_ONCE;
  #sliceStart = 0;
  #frame = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `first`: how many marks the first mount may take. */
  constructor(first = AT_ONCE) {
    this.limit = $state(first);
  }

  /** After a mount with `inView` marks wanted: grows the limit after the next frame if short. */
  follow(inView: number): void {
    if (inView <= this.limit) {
      this.stop();
      this.#sliceStart = 0;
      // Raised only when the room left is under half: a change of limit redraws the lists.
      if (inView + AT_ONCE / 2 > this.limit) this.limit = inView + AT_ONCE;
      return;
    }
    if (this.#sliceStart) {
      const took = Math.max(1, performance.now() - this.#sliceStart);
      this.#perSlice = Math.max(MIN_MARKS, Math.round((this.#perSlice * MOUNT_SLICE_MS) / took));
    }
    this.stop();
    // After the frame, not in it: the slice just mounted is painted before the next one starts.
    this.#frame = requestAnimationFrame(() => {
      this.#timer = setTimeout(() => {
        this.#sliceStart = performance.now();
        this.limit += this.#perSlice;
      }, 0);
    });
  }

  stop(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
  }
}
