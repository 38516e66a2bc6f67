export type Paper = 'a4' | 'a3';
/** Landscape sheets in mm. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
};

/**
 * Lanes packed in order into pages no taller than `maxHeight` (px); a lane taller than a page
 * gets a page of its own. Returns the lane ids of each page.
 */
export function groupLanes(
  lanes: readonly { id: string; height: number }[],
  maxHeight: number,
): string[][] {
  const pages: string[][] = [];
  let used = Infinity;
  for (const lane of lanes) {
    if (used + lane.height > maxHeight) {
      pages.push([]);
      used = 0;
    }
    (pages.at(-1) as string[]).push(lane.id);
    used += lane.height;
  }
  return pages;
}
