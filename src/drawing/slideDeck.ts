import { fitDrawing, type FitRequest } from './fitDrawing';
import type { RoadmapDrawing } from './roadmapDrawing';
import { splitByLanes } from './splitByLanes';

/** A 16:9 slide, in px. */
export const SLIDE = { width: 1920, height: 1080 } as const;
/** Item labels on a slide: 18 px reads from the back of a meeting room; 12 px is the floor. */
const LEGIBLE_K = 18 / 13;
const FLOOR_K = 12 / 13;
const LARGEST_K = 2.2;

/**
 * The slides of one frame: one slide when the whole plan fits with labels of at least 12 px,
 * otherwise one slide per group of lanes, each at a size that reads from across the room.
 */
export const slideDeck = (request: FitRequest): RoadmapDrawing[] => deckAt(request, SLIDE);

/** The same pages at another screen's shape: the presentation on a projector or a laptop. */
export function deckAt(
  request: FitRequest,
  size: { width: number; height: number },
  /** The type scale a page split by lanes keeps at least. */
  legibleK = LEGIBLE_K,
): RoadmapDrawing[] {
  const target = { ...size, maxK: LARGEST_K };
  const whole = fitDrawing(request, { ...target, minK: FLOOR_K });
  if (whole) return [whole];
  return splitByLanes(request, { ...target, minK: Math.max(FLOOR_K, legibleK) });
}

/** The type scale whose labels come out at `px` on a screen `screenWidth` px wide. */
const kForScreen = (px: number, screenWidth: number): number =>
  (px / 13) * (SLIDE.width / Math.max(1, screenWidth));

/**
 * The presentation's pages on a screen `screenWidth` × `screenHeight` px, drawn 1920 px wide: the
 * slides' sizes where every page fits the screen, else smaller type (never under 12 px on that
 * screen) on pages that do, so nothing is ever scrolled off in front of the room.
 */
export function presentationDeck(
  request: FitRequest,
  screenWidth: number,
  screenHeight: number,
): RoadmapDrawing[] {
  const size = {
    width: SLIDE.width,
    height: (SLIDE.width * screenHeight) / Math.max(1, screenWidth),
  };
  const roomy = deckAt(request, size);
  if (roomy.every((page) => page.height <= size.height + 0.5)) return roomy;
  return deckAt(request, size, kForScreen(12, screenWidth));
}
