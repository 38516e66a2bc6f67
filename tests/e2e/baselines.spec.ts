import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openFresh, toLibrary } from './helpers';

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

async function openComparePanel(page: Page) {
  await page.locator('summary', { hasText: 'Muokkaa tiekarttaa' }).click();
  await page.getByTestId('compare-open').click();
  await expect(page.getByTestId('compare-panel')).toBeVisible();
}

async function saveBaseline(page: Page, name: string) {
  await openComparePanel(page);
  await page.getByRole('textbox', { name: 'Vertailukohdan nimi' }).fill(name);
  await page.getByRole('button', { name: 'Tallenna vertailukohta' }).click();
  await expect(page.getByTestId('compare-panel').getByRole('status').last()).toContainText(
    `Vertailukohta ”${name}” tallennettu. Tiedoston koko on nyt`,
  );
}

async function importFile(page: Page, name: string, bytes: Buffer, mimeType: string) {
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({ name, mimeType, buffer: bytes });
  await expect(
    page.getByRole('status').filter({ hasText: 'avattiin uutena tiekarttana' }),
  ).toBeVisible();
}

const baselineNames = (page: Page) =>
  page.getByTestId('baseline').locator('.name').allTextContents();

test('a baseline travels in the plan file and in the PNG, and comes back with the import', async ({
  page,
}) => {
  await openFresh(page);
  await saveBaseline(page, 'Ohjausryhmä 14.3.2022');
  await expect(page.getByTestId('compare-summary')).toHaveText('Ei muutoksia.');

  const file = await download(page, () =>
    page.getByRole('button', { name: 'Vie tiedostoksi' }).click(),
  );
  const written = JSON.parse(file.bytes.toString('utf8'));
  expect(written.version).toBe(2);
  expect(written.plan.baselines.map((b: { name: string }) => b.name)).toEqual([
    'Ohjausryhmä 14.3.2022',
  ]);
  const png = await download(page, async () => {
    await page.getByText('Vie kuvana…').click();
    await page.getByRole('button', { name: /^PNG-kuva/ }).click();
  });

  for (const [name, bytes, type] of [
    [file.name, file.bytes, 'application/json'],
    [png.name, png.bytes, 'image/png'],
  ] as const) {
    await importFile(page, name, bytes, type);
    await openComparePanel(page);
    expect(await baselineNames(page)).toEqual(['Ohjausryhmä 14.3.2022']);
    await expect(page.getByTestId('compare-summary')).toHaveText('Ei muutoksia.');
  }
});

test('a file dropped on the panel is compared without entering the library', async ({ page }) => {
  await openFresh(page);
  const file = await download(page, () =>
    page.getByRole('button', { name: 'Vie tiedostoksi' }).click(),
  );
  // The other file: the same plan with one item fewer, as a colleague might have sent it.
  const other = JSON.parse(file.bytes.toString('utf8'));
  const gone = other.plan.items.shift();
  await toLibrary(page);
  const rowsBefore = await page.getByTestId('library-row').count();
  await page.getByTestId('library-row').first().getByRole('button').first().click();
  await openComparePanel(page);
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'kollegan.tiekartta.json', { type: 'application/json' }));
    return data;
  }, JSON.stringify(other));
  await page.locator('fieldset.sources').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByText('tiedosto kollegan.tiekartta.json')).toBeVisible();
  // Items the file lacks were added in the open plan since.
  await expect(page.getByTestId('compare-summary')).toHaveText('1 muutos');
  expect(gone.label).toBeTruthy();
  await toLibrary(page);
  await expect(page.getByTestId('library-row')).toHaveCount(rowsBefore);
});

/** Drags an item's mark by dx px in small steps, as a hand would, after scrolling it into view. */
async function dragItem(page: Page, itemId: string, dx: number) {
  const timeline = page.getByTestId('timeline');
  const mark = page.locator(`[data-item-id="${itemId}"] .shape`).first();
  const [box0, frame] = await Promise.all([mark.boundingBox(), timeline.boundingBox()]);
  if (!box0 || !frame) throw new Error(`${itemId} is not drawn`);
  await timeline.evaluate((el, d) => ((el.scrollLeft += d.x), (el.scrollTop += d.y)), {
    x: box0.x - frame.x - 480,
    y: box0.y - frame.y - 160,
  });
  await page.waitForFunction(() => true);
  const box = (await mark.boundingBox()) as { x: number; y: number; width: number; height: number };
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 3, y, { steps: 5 });
  await page.mouse.move(x + dx, y, { steps: 10 });
  await page.mouse.up();
}

const ghostsIn = (root: string) =>
  ['data-ghost', 'data-removed', 'data-shift'].map(
    (a) => (root.match(new RegExp(`${a}=`, 'g')) ?? []).length,
  );

test.describe('the comparison of a plan edited since its baseline', () => {
  // Reading the presented picture back (a blob: URL) needs fetch, which the app's policy forbids;
  // the policy itself is tested in security.spec.ts.
  test.use({ bypassCSP: true });

  test('save a baseline, drag two items and delete one: the list, the ghosts, the pictures and the Muutokset frame show those three', async ({
    page,
  }) => {
    await openFresh(page);
    await saveBaseline(page, 'Ohjausryhmä 14.3.2022');
    await page.getByRole('button', { name: 'Sulje paneeli' }).click();
    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    await dragItem(page, 'm-001', 14 * 4 + 3);
    await dragItem(page, 'p-004', 28 * 4 + 3);
    await page.locator('[data-item-id="m-002"]').first().click();
    await page.keyboard.press('Delete');

    await openComparePanel(page);
    await expect(page.getByTestId('compare-summary')).toHaveText('3 muutosta');
    const lines = page.getByTestId('compare-panel').getByTestId('change-line').locator('.text');
    await expect(lines).toHaveCount(3);
    await expect(lines).toContainText([
      'Sopimusten kartoitus siirtyi 2 viikkoa myöhemmäksi: 1.4.2022 → 15.4.2022',
      /^Sopimusten hännät siirtyi/,
      /^ICT-sopimukset valtuustoon poistettiin/,
    ]);

    // On screen, the whole plan in view: two ghosts of moved items, one struck-through removed item.
    await page.getByRole('button', { name: 'Koko suunnitelma' }).click();
    const chart = page.getByTestId('timeline');
    await expect(chart.locator('[data-ghost]')).toHaveCount(2);
    await expect(chart.locator('[data-removed]')).toHaveCount(1);
    await expect(chart.locator('[data-shift="m-001"]')).toHaveText('+2 vk');

    // The exported SVG draws the same.
    const svg = await download(page, async () => {
      await page.getByText('Vie kuvana…').click();
      await page.getByRole('button', { name: /^SVG-kuva/ }).click();
    });
    expect(ghostsIn(svg.bytes.toString('utf8'))).toEqual([2, 1, 2]);

    // Presentation steps through the lanes that changed: all three are in Hallinnolliset tehtävät.
    await page.getByRole('button', { name: 'Esitä' }).click();
    const show = page.getByTestId('presentation');
    await page.getByRole('combobox', { name: 'Askella' }).selectOption('changes');
    await show.click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('ArrowRight');
    await expect(show.getByRole('status')).toHaveText(/^Muutokset 1\/1: Hallinnolliset tehtävät/);
    const slide = await show
      .locator('img')
      .evaluate(async (img) => (await fetch((img as HTMLImageElement).src)).text());
    expect(slide).toContain('Muutokset: Hallinnolliset tehtävät — 3 muutosta');
    expect(ghostsIn(slide)).toEqual([2, 1, 2]);
  });
});
