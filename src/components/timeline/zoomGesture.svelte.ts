import { NO_PREVIEW, zoomPreview, type ZoomPreview } from '../../layout/zoom';

/** A wheel or pinch gesture has ended when it pauses this long, in ms. */
export const SETTLE_MS = 120;

/**
 * Ctrl + wheel and pinch zooming: while the gesture lasts the chart is scaled as drawn (a
 * transform, a millisecond a frame however large the plan), and once it pauses the chart is laid
 * out at the new zoom in one pass, the same day staying under the pointer.
 */
export class ZoomGesture {
  preview = $state.raw<ZoomPreview>(NO_PREVIEW);
  readonly #pxPerDay: () => number;
  readonly #commit: (preview: ZoomPreview) => Promise<void>;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(pxPerDay: () => number, commit: (preview: ZoomPreview) => Promise<void>) {
    this.#pxPerDay = pxPerDay;
    this.#commit = commit;
  }

  /** Zooms the preview by `factor` around body x `at` (as drawn now). */
  add = (factor: number, at: number): void => {
    this.preview = zoomPreview(this.preview, factor, at, this.#pxPerDay());
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.settle, SETTLE_MS);
  };

  /**
   * Lays the chart out at the zoom previewed (also before a press: it hits what is laid out, and
   * before a zoom by button or key: it starts from the zoom the gesture left); resolves when done.
   */
  settle = (): Promise<void> => {
    clearTimeout(this.#timer);
    const preview = this.preview;
    if (preview === NO_PREVIEW) return Promise.resolve();
    this.preview = NO_PREVIEW;
    return this.#commit(preview);
  };

  /** A CSS transform for what is drawn on the time axis, while a gesture lasts. */
  get transform(): string | undefined {
    const { scale, shift } = this.preview;
    return this.preview === NO_PREVIEW ? undefined : `translateX(${shift}px) scaleX(${scale})`;
  }
}
