import { tick } from 'svelte';
import type { CalendarDate } from '../../domain/calendarDate';
import type { TimeScale } from '../../layout/timeScale';
import {
  clampPxPerDay,
  fitPxPerDay,
  ZOOM_PRESETS,
  ZOOM_STEP,
  zoomAround,
  type ZoomLevel,
  type ZoomPreview,
} from '../../layout/zoom';
import type { ViewportState } from '../../state/viewport.svelte';

export interface ZoomContext {
  viewport: () => ViewportState;
  scroller: () => HTMLElement;
  /** The zoom now, px per day, and the scale drawn at it (read again after each change). */
  px: () => number;
  scale: () => TimeScale;
  bodyWidth: () => number;
  windowDays: () => number;
  windowStart: () => CalendarDate;
}

/** The chart's zoom and scroll: remembered per plan, changed around a fixed day. */
export class TimelineZoom {
  readonly #c: ZoomContext;

  constructor(context: ZoomContext) {
    this.#c = context;
  }

  /** Where the scroller is, told to the viewport and remembered for the next visit. */
  sync = (): void => {
    const { scroller, px, scale } = this.#c;
    const viewport = this.#c.viewport();
    const element = scroller();
    viewport.scrollLeft = element.scrollLeft;
    viewport.scrollTop = element.scrollTop;
    viewport.remember({
      pxPerDay: px(),
      leftDate: scale().dateAt(element.scrollLeft),
      scrollTop: element.scrollTop,
    });
  };

  /**
   * Where the first draw looks: the remembered place, or the window's start on a first visit.
   * Called while the component initialises, so the first draw is already of the part shown; set
   * only after mounting, the chart was drawn twice (at scroll 0, then where it scrolled to).
   */
  start = (): void => {
    const { px, scale, windowStart } = this.#c;
    const viewport = this.#c.viewport();
    if (!viewport.pxPerDay) viewport.pxPerDay = px();
    // Whole px, as the scroller keeps it: a fraction would be corrected after the first draw and
    // draw it all again.
    viewport.scrollLeft = Math.max(
      0,
      Math.round(scale().x(viewport.saved?.leftDate ?? windowStart())),
    );
    viewport.scrollTop = viewport.saved?.scrollTop ?? 0;
  };

  /** Scrolls the mounted chart to where `start` said it looks. */
  restore = (): void => {
    const { scroller } = this.#c;
    const viewport = this.#c.viewport();
    scroller().scrollLeft = viewport.scrollLeft;
    scroller().scrollTop = viewport.scrollTop;
    this.sync();
  };

  /** Zooms so the day at `anchor` (px from the body's left edge) stays where it is. */
  to = (next: number, anchor = this.#c.bodyWidth() / 2): Promise<void> => {
    const { scroller, px } = this.#c;
    const target = clampPxPerDay(next);
    return this.#apply(target, zoomAround(scroller().scrollLeft, anchor, px(), target));
  };

  /** Lays out at the zoom a gesture previewed, keeping each day where the preview drew it. */
  toPreview = (preview: ZoomPreview): Promise<void> =>
    this.#apply(
      clampPxPerDay(this.#c.px() * preview.scale),
      this.#c.scroller().scrollLeft - preview.shift,
    );

  #apply = async (target: number, exactLeft: number): Promise<void> => {
    // In whole px, as the scroller keeps it: a fractional one is corrected and drawn twice.
    const left = Math.round(exactLeft);
    const viewport = this.#c.viewport();
    viewport.pxPerDay = target;
    // The new scroll position is drawn with the new zoom, in one pass, not after the scroll event.
    viewport.scrollLeft = Math.max(0, left);
    await tick();
    this.#c.scroller().scrollLeft = left;
    this.sync();
  };

  step = (direction: number): Promise<void> =>
    this.to(direction > 0 ? this.#c.px() * ZOOM_STEP : this.#c.px() / ZOOM_STEP);

  level = async (level: ZoomLevel): Promise<void> => {
    if (level !== 'fit') return this.to(ZOOM_PRESETS[level]);
    const { scroller, scale, windowDays, bodyWidth, windowStart } = this.#c;
    const viewport = this.#c.viewport();
    viewport.pxPerDay = fitPxPerDay(windowDays(), bodyWidth());
    viewport.scrollLeft = Math.max(0, Math.round(scale().x(windowStart())));
    await tick();
    scroller().scrollLeft = Math.round(scale().x(windowStart()));
    this.sync();
  };

  /** + and − zoom anywhere but in a text field or with a modifier (Ctrl + wheel is the other way). */
  onkeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, select, textarea'))
      return;
    if (event.key === '+' || event.key === '=') void this.step(1);
    else if (event.key === '-' || event.key === '−') void this.step(-1);
  };
}
