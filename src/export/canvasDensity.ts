/** A size in pixels: a drawing's at density 1, or a canvas's. */
export interface PixelSize {
  width: number;
  height: number;
}

export interface CanvasLimits {
  /** The longest side a canvas may have, in pixels. */
  side: number;
  /** The most pixels a canvas may have in all. */
  area: number;
}

/**
 * Chromium's canvas: each side at most 32,767 px and at most 268,435,456 px (16,384²) in all.
 * Past either, the canvas stays empty and encodes to nothing (a blank or no picture).
 */
export const CANVAS_LIMITS: CanvasLimits = { side: 32_767, area: 268_435_456 };

/**
 * The lowest density a PNG is still made at. The drawing's smallest text is 11 px at density 1;
 * at this density it is 7 pt (9⅓ px at 96 dpi), the size a printout keeps its smallest text at.
 */
export const LEGIBLE_DENSITY = 7 / 0.75 / 11;

/** The canvas a drawing of this size takes at this density: whole pixels, at least one each way. */
export function canvasSize(drawing: PixelSize, density: number): PixelSize {
  return {
    width: Math.max(1, Math.round(drawing.width * density)),
    height: Math.max(1, Math.round(drawing.height * density)),
  };
}

export const fitsCanvas = (canvas: PixelSize, limits: CanvasLimits = CANVAS_LIMITS): boolean =>
  canvas.width <= limits.side &&
  canvas.height <= limits.side &&
  canvas.width * canvas.height <= limits.area;

/**
 * The largest density at most `wanted` whose canvas stays inside the limits. A side rounded to
 * whole pixels never passes a whole-pixel limit its exact length is inside, but the area can by
 * a row and a column: then the density shrinks by that much.
 */
export function fittingDensity(
  drawing: PixelSize,
  wanted: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): number {
  const { width, height } = drawing;
  const density = Math.min(
    wanted,
    limits.side / width,
    limits.side / height,
    Math.sqrt(limits.area / (width * height)),
  );
  if (fitsCanvas(canvasSize(drawing, density), limits)) return density;
  return density * Math.sqrt(limits.area / ((width * density + 1) * (height * density + 1)));
}

/**
 * The density a PNG of the drawing is made at: the wanted one where it fits, else the largest that
 * fits while the text stays legible, else null (no legible PNG can be made of it).
 */
export function pictureDensity(
  drawing: PixelSize,
  wanted: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): number | null {
  const density = fittingDensity(drawing, wanted, limits);
  return density >= Math.min(wanted, LEGIBLE_DENSITY) ? density : null;
}
