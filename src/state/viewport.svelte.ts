import { loadView, saveView, type SavedView } from '../persistence/preferences';

/** Remembering the view waits for scrolling to settle, in ms. */
const SAVE_DELAY_MS = 400;

/** Zoom and scroll of one plan's timeline, remembered per plan across reloads. */
export class ViewportState {
  readonly planId: string;
  pxPerDay = $state(0);
  scrollLeft = $state(0);
  scrollTop = $state(0);
  width = $state(0);
  height = $state(0);
  /** What was remembered from an earlier visit; null on the first one. */
  readonly saved: SavedView | null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(planId: string) {
    this.planId = planId;
    this.saved = loadView(planId);
  }

  /** Remembers the view by the date at the left edge, so it survives changes to the range. */
  remember(view: SavedView): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => saveView(this.planId, view), SAVE_DELAY_MS);
  }
}
