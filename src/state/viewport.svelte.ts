import { clampPxPerDay } from '../layout/zoom';
import { loadView, saveView, type SavedView } from '../persistence/preferences';

/** Remembering the view waits for scrolling to settle, in ms. */
const SAVE_DELAY_MS = 400;

/** The scroller's size when last reported: every plan's chart gets the same room in one window. */
let lastSize: { width: number; height: number } | null = null;

/** Zoom and scroll of one plan's timeline, remembered per plan across reloads. */
export class ViewportState {
  readonly planId: string;
  pxPerDay = $state(0);
  scrollLeft = $state(0);
  scrollTop = $state(0);
  /**
   * The scroller's size in px until the scroller reports it: the last chart's, else a guess from
   * the window. A wrong guess is corrected just before the first paint, which then draws twice.
   */
  width = $state(lastSize?.width ?? Math.max(0, (globalThis.innerWidth ?? 0) - 48));
  height = $state(lastSize?.height ?? Math.max(0, (globalThis.innerHeight ?? 0) - 230));
  /** What was remembered from an earlier visit; null on the first one. */
  readonly saved: SavedView | null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(planId: string) {
    this.planId = planId;
    this.saved = loadView(planId);
    // The remembered zoom from the start, so the first layout is already the one shown.
    if (this.saved) this.pxPerDay = clampPxPerDay(this.saved.pxPerDay);
  }

  /** The scroller's size as measured. */
  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    lastSize = { width, height };
  }

  /** Remembers the view by the date at the left edge, so it survives changes to the range. */
  remember(view: SavedView): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => saveView(this.planId, view), SAVE_DELAY_MS);
  }
}
