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
  await expect(page.getByTestId('compare-open')).toHaveAttribute('aria-pressed', 'true');

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
