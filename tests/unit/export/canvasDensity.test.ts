import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CANVAS_LIMITS,
  LEGIBLE_DENSITY,
  canvasSize,
  fitsCanvas,
  fittingDensity,
  pictureDensity,
  type PixelSize,
} from '../../../src/export/canvasDensity';

const { side, area } = CANVAS_LIMITS;

describe('fittingDensity', () => {
  it.each<[string, PixelSize, number, number, PixelSize]>([
    [
      'a plan picture that fits at 2×',
      { width: 1920, height: 1200 },
      2,
      2,
      { width: 3840, height: 2400 },
    ],
    ['a slide at 1×', { width: 1920, height: 1080 }, 1, 1, { width: 1920, height: 1080 }],
    [
      'a picture whose 2× height is the longest side exactly',
      { width: 1920, height: 16_383.5 },
      2,
      2,
      { width: 3840, height: side },
    ],
    [
      'a tall picture, its height cut to the longest side',
      { width: 1920, height: 20_000 },
      2,
      side / 20_000,
      { width: 3146, height: side },
    ],
    [
      'the roll-up of 22 plans of 700 items',
      { width: 1920, height: 130_002 },
      2,
      side / 130_002,
      { width: 484, height: side },
    ],
    [
      'a wide picture, its width cut to the longest side',
      { width: 40_000, height: 500 },
      2,
      side / 40_000,
      { width: side, height: 410 },
    ],
    [
      'a big square, held to the area (16,384²)',
      { width: 20_000, height: 20_000 },
      2,
      16_384 / 20_000,
      { width: 16_384, height: 16_384 },
    ],
  ])('%s', (_name, drawing, wanted, density, canvas) => {
    expect(fittingDensity(drawing, wanted)).toBeCloseTo(density, 9);
    expect(canvasSize(drawing, fittingDensity(drawing, wanted))).toEqual(canvas);
  });

  it('shrinks by a row and a column where rounding up both sides passes the area', () => {
    const drawing = { width: 16_000, height: 16_300 };
    const plain = Math.sqrt(area / (drawing.width * drawing.height));
    expect(fitsCanvas(canvasSize(drawing, plain))).toBe(false);
    const density = fittingDensity(drawing, 2);
    expect(fitsCanvas(canvasSize(drawing, density))).toBe(true);
    expect(density).toBeLessThan(plain);
    expect(density).toBeGreaterThan(plain * 0.9999);
  });

  it('keeps every canvas inside the limits and no more than a pixel or so short of them', () => {
    const length = fc.double({ min: 1, max: 200_000, noNaN: true });
    fc.assert(
      fc.property(length, length, fc.constantFrom(1, 2), (width, height, wanted) => {
        const drawing = { width, height };
        const density = fittingDensity(drawing, wanted);
        const canvas = canvasSize(drawing, density);
        expect(density).toBeLessThanOrEqual(wanted);
        expect(fitsCanvas(canvas)).toBe(true);
        // Largest: a little more density (a pixel's worth on the longer side) would not fit.
        const more = density * (1 + 2 / Math.min(canvas.width, canvas.height) + 1e-9);
        if (density < wanted) expect(fitsCanvas(canvasSize(drawing, more))).toBe(false);
      }),
    );
  });

  it("honours another browser's limits: here the area binds before the side", () => {
    const small = { side: 4096, area: 4096 * 2048 };
    const density = fittingDensity({ width: 1920, height: 3000 }, 2, small);
    expect(canvasSize({ width: 1920, height: 3000 }, density)).toEqual({
      width: 2317,
      height: 3620,
    });
  });
});

describe('pictureDensity', () => {
  it.each<[string, PixelSize, number, number | null]>([
    ['the full 2× where it fits', { width: 1920, height: 10_000 }, 2, 2],
    ['less than 2× but sharper than 1×', { width: 1920, height: 20_000 }, 2, side / 20_000],
    [
      'under 1×, while the smallest text stays at 7 pt',
      { width: 1920, height: 36_000 },
      2,
      side / 36_000,
    ],
    [
      'at the legible floor exactly',
      { width: 1920, height: side / LEGIBLE_DENSITY },
      2,
      LEGIBLE_DENSITY,
    ],
    ['none, past it', { width: 1920, height: 40_000 }, 2, null],
    ['none for the roll-up of 22 plans of 700 items', { width: 1920, height: 130_002 }, 2, null],
  ])('%s', (_name, drawing, wanted, density) => {
    const got = pictureDensity(drawing, wanted);
    if (density === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(density, 9);
  });

  it('puts the floor at 7 pt for the 11 px smallest text', () => {
    expect(11 * LEGIBLE_DENSITY * 0.75).toBeCloseTo(7, 9);
  });
});
