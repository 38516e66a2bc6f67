import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { openFresh } from './helpers';

/** Chunks the first screen must not load: exporters, spreadsheets, comparison, other languages. */
const LATER =
  /\/(pictureExport|roadmapSvg|planExports|sv|en|compareEngine|diffPlans|PresentationView|PrintView|PlanTable|ChangesView|LibraryScreen|fiLater|backupRing|pointerExtras|RollupScreen|fiRollup)-[\w-]+\.js$/;

/** gzip bytes of each JS and CSS file the page loads from now on, by path. */
function loadedFiles(page: Page): Map<string, number> {
  const loaded = new Map<string, number>();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(js|css)$/.test(path))
      loaded.set(path, gzipSync(await response.body(), { level: 9 }).length);
  });
  return loaded;
}

const BUDGET_BYTES = 80 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the first screen loads none of the later parts, and says how much it loads', async ({
  page,
  request,
}) => {
  const loaded = loadedFiles(page);
  await openFresh(page);
  await expect(page.locator('[data-testid="timeline"] .item').first()).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

  const html = await (await request.get('/')).text();
  const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const sum = (paths: string[]) => paths.reduce((s, p) => s + (loaded.get(p) ?? 0), 0);
  const all = [...loaded.keys()];
  console.log(
    `index.html starts with ${kb(sum(initial))}; the first start shows the sample after ${kb(sum(all))} in ${all.length} files`,
  );
  expect(initial.every((path) => loaded.has(path))).toBe(true);
  expect(all.filter((path) => LATER.test(path))).toEqual([]);
  expect(sum(initial), 'the first screen’s budget: 80 KB of JS and CSS, gzip').toBeLessThanOrEqual(
    BUDGET_BYTES,
  );
});
