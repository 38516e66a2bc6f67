export type Paper = 'a4' | 'a3';
/** Landscape sheets in mm. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
};

/**
 * Lanes (or pieces of lanes) packed in order into pages no taller than `maxHeight` (px); one
 * taller than a page gets a page of its own.
 */
export function groupLanes<T extends { height: number }>(
  lanes: readonly T[],
  maxHeight: number,
): T[][] {
  const pages: T[][] = [];
  let used = Infinity;
  for (const lane of lanes) {
    if (used + lane.height > maxHeight) {
      pages.push([]);
      used = 0;
    }
    (pages.at(-1) as T[]).push(lane);
    used += lane.height;
  }
  return pages;
}
