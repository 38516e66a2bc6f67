export const ZOOM_PRESETS = { weeks: 20, months: 4, quarters: 1.4, years: 0.45 } as const;
export type ZoomPreset = keyof typeof ZOOM_PRESETS;
export type ZoomLevel = ZoomPreset | 'fit';

/** px per day: from a decade on one screen to single days a finger wide. */
export const MIN_PX_PER_DAY = 0.15;
export const MAX_PX_PER_DAY = 60;
/** One keyboard or button step zooms by this factor. */
export const ZOOM_STEP = 1.5;

export const clampPxPerDay = (px: number): number =>
  Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, px));

/** px per day that shows `days` in `widthPx`. */
export const fitPxPerDay = (days: number, widthPx: number): number =>
  clampPxPerDay(widthPx / Math.max(1, days));

/** The new scroll position that keeps the day under `anchorPx` (from the left edge) in place. */
export function zoomAround(
  scrollLeft: number,
  anchorPx: number,
  fromPx: number,
  toPx: number,
): number {
  return Math.max(0, ((scrollLeft + anchorPx) / fromPx) * toPx - anchorPx);
}

/** The preset whose scale is nearest (in ratio) to `pxPerDay`, for the header and the buttons. */
export function nearestPreset(pxPerDay: number): ZoomPreset {
  const entries = Object.entries(ZOOM_PRESETS) as [ZoomPreset, number][];
  const distance = (px: number) => Math.abs(Math.log(px / pxPerDay));
  return entries.reduce((best, entry) =>
    distance(entry[1]) < distance(best[1]) ? entry : best,
  )[0];
}

/** A zoom gesture drawn before it is laid out: body x ↦ scale · x + shift (px). */
export interface ZoomPreview {
  scale: number;
  shift: number;
}
export const NO_PREVIEW: ZoomPreview = { scale: 1, shift: 0 };

/**
 * `preview` zoomed once more by `factor` around the point drawn at body x `at`, kept within the
 * zoom limits of a chart laid out at `pxPerDay`.
 */
export function zoomPreview(
  preview: ZoomPreview,
  factor: number,
  at: number,
  pxPerDay: number,
): ZoomPreview {
  const drawnPx = pxPerDay * preview.scale;
  const step = clampPxPerDay(drawnPx * factor) / drawnPx;
  return { scale: preview.scale * step, shift: step * preview.shift + at * (1 - step) };
}
