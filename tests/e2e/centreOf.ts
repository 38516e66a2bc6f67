import type { Locator } from '@playwright/test';

/** The page coordinates of the middle of an element, for pressing the mouse on it. */
export async function centreOf(target: Locator): Promise<[number, number]> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The element has no box: it is not rendered');
  return [box.x + box.width / 2, box.y + box.height / 2];
}
