import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openFresh, toLibrary, withoutExportTime } from './helpers';
import { DECISIONS, IMPACT, openWithParts, PROBABILITY, RISKS } from './partsPlan';

async function openView(page: Page, name: 'Riskit' | 'Rahoitus') {
  await page.locator('summary', { hasText: 'Muokkaa tiekarttaa' }).click();
  await page.getByRole('button', { name, exact: true }).click();
}

const cell = (page: Page, probability: string, impact: string) =>
  page.getByTestId(`risk-cell-${probability}-${impact}`);
const numbersIn = (page: Page, probability: string, impact: string) =>
  cell(page, probability, impact).locator('[data-risk]');

async function enterRisks(page: Page) {
  await openView(page, 'Riskit');
  const view = page.getByTestId('risk-view');
  for (const [title, probability, impact] of RISKS) {
    await view.getByRole('button', { name: 'Lisää riski' }).click();
    await view.getByRole('textbox', { name: 'Nimi' }).fill(title);
    await view
      .getByRole('combobox', { name: 'Todennäköisyys' })
      .selectOption({ label: probability });
    await view.getByRole('combobox', { name: 'Vaikutus' }).selectOption({ label: impact });
    await view.getByRole('button', { name: 'Tallenna' }).click();
    await expect(view.getByRole('row', { name: new RegExp(title) })).toBeVisible();
  }
}

async function exportText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  return readFile((await (await download).path()) as string, 'utf8');
}

test('the working group’s six risks land in their cells of the matrix', async ({ page }) => {
  await openFresh(page);
  await enterRisks(page);
  await expect(numbersIn(page, 'high', 'severe')).toHaveText(['1']);
  await expect(numbersIn(page, 'high', 'moderate')).toHaveText(['2']);
  await expect(numbersIn(page, 'medium', 'severe')).toHaveText(['3', '4']);
  await expect(numbersIn(page, 'medium', 'moderate')).toHaveText(['5']);
  await expect(numbersIn(page, 'low', 'moderate')).toHaveText(['6']);
  await expect(page.locator('[data-risk]')).toHaveCount(6);
  for (const [, p, i] of RISKS) expect(PROBABILITY[p] && IMPACT[i]).toBeTruthy();
});

test('a risk dragged to another cell is rescored, and undo puts it back', async ({ page }) => {
  await openFresh(page);
  await enterRisks(page);
  const chip = numbersIn(page, 'medium', 'moderate').first();
  const target = cell(page, 'low', 'minor');
  const from = await chip.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(numbersIn(page, 'low', 'minor')).toHaveText(['5']);
  await expect(numbersIn(page, 'medium', 'moderate')).toHaveCount(0);
  await page.getByRole('button', { name: /^↶ Kumoa: siirrä riski 5 ”Resurssit”/ }).click();
  await expect(numbersIn(page, 'medium', 'moderate')).toHaveText(['5']);
  await expect(numbersIn(page, 'low', 'minor')).toHaveCount(0);

  // The keyboard does the same: up is more likely, right more severe.
  await numbersIn(page, 'low', 'moderate').first().focus();
  await page.keyboard.press('ArrowUp');
  await expect(numbersIn(page, 'medium', 'moderate')).toHaveText(['5', '6']);
  await expect(page.locator(':focus')).toHaveAttribute('data-risk', '6');
  await page.keyboard.press('ArrowRight');
  await expect(numbersIn(page, 'medium', 'severe')).toHaveText(['3', '4', '6']);
});

test('the county’s five decisions add up to 28 875 950 €, and the file round-trips', async ({
  page,
}) => {
  await openFresh(page);
  await openView(page, 'Rahoitus');
  const view = page.getByTestId('funding-view');
  for (const [date, decider, reference, basic, ict] of DECISIONS) {
    await view.getByRole('button', { name: 'Lisää päätös tai haku' }).click();
    await view.getByRole('textbox', { name: 'Päivämäärä' }).fill(date);
    await view.getByRole('combobox', { name: 'Päättäjä' }).selectOption({ label: decider });
    await view.getByRole('textbox', { name: 'Diaarinumero' }).fill(reference);
    await view.getByRole('textbox', { name: 'Vuodet' }).fill(date.slice(-4));
    await view.getByRole('textbox', { name: 'Perusrahoitus, €' }).fill(basic);
    await view.getByRole('textbox', { name: 'ICT-rahoitus, €' }).fill(ict);
    await view.getByRole('button', { name: 'Tallenna' }).click();
    await expect(view.getByRole('form')).toHaveCount(0);
  }
  const total = view.getByTestId('funding-total');
  await expect(total).toContainText('5 258 804');
  await expect(total).toContainText('23 617 146');
  await expect(total).toContainText('28 875 950 €');
  await expect(view.getByTestId('funding-summary')).toContainText('28,9 M€');

  // An ambiguous amount is refused with a sentence, and nothing is saved.
  await view.getByRole('button', { name: 'Lisää päätös tai haku' }).click();
  await view.getByRole('textbox', { name: 'ICT-rahoitus, €' }).fill('1,234');
  await expect(view.getByRole('alert')).toContainText('”1,234” on monitulkintainen');
  await view.getByRole('button', { name: 'Peruuta' }).click();

  await openView(page, 'Riskit');
  await page.getByTestId('risk-view').getByRole('button', { name: 'Lisää riski' }).click();
  await page.getByTestId('risk-view').getByRole('textbox', { name: 'Nimi' }).fill('Aikataulut');
  await page.getByTestId('risk-view').getByRole('button', { name: 'Tallenna' }).click();

  const written = await exportText(page);
  expect(written).toContain('"cents": 1243475900');
  expect(written).toContain('"risks": [');
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'tiekartta.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(written),
  });
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toBeVisible();
  await openView(page, 'Rahoitus');
  await expect(page.getByTestId('funding-total')).toContainText('28 875 950 €');
  expect(withoutExportTime(await exportText(page))).toBe(withoutExportTime(written));
});

const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test('presentation steps past the lanes to the Riskit and Rahoitus frames, each saved as a slide', async ({
  page,
}) => {
  await openWithParts(page);
  await page.getByRole('button', { name: 'Esitä' }).click();
  const show = page.getByTestId('presentation');
  await expect(show).toBeVisible();
  for (let lane = 0; lane < 7; lane++) await page.keyboard.press('PageDown');
  await expect(show).toHaveAttribute('data-part', 'risks');
  await expect(show.getByRole('status')).toHaveText('Riskit');
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna näkymä diaksi (PNG 16:9)' }).click();
  const slide = await pending;
  const bytes = await readFile((await slide.path()) as string);
  expect(pngSize(bytes)).toEqual([1920, 1080]);
  expect(bytes.includes(Buffer.from('tiekartta-plan'))).toBe(true);
  // The picture carries the whole plan file, risks and funding with it.
  expect(bytes.includes(Buffer.from('Jatkuvuuden turvaaminen'))).toBe(true);
  expect(bytes.includes(Buffer.from('VN/27060/2021'))).toBe(true);
  await page.keyboard.press('PageDown');
  await expect(show).toHaveAttribute('data-part', 'funding');
  await expect(show.getByRole('status')).toHaveText('Rahoitus');
  await page.keyboard.press('PageDown');
  await expect(show).toHaveAttribute('data-part', 'funding');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(show).toHaveAttribute('data-part', '');
  await expect(show).toHaveAttribute('data-focus-lane', /lane-/);
});

test('the slide deck and the printout end with a page each for the risks and the funding', async ({
  page,
}) => {
  await openWithParts(page);
  const names: string[] = [];
  page.on('download', (download) => names.push(download.suggestedFilename()));
  await page.getByText('Vie kuvana…').click();
  await page.getByRole('button', { name: /^PNG-dia 16:9$/ }).click();
  await expect(page.getByText(/tallennettiin \d+ diaa/)).toBeVisible({ timeout: 20_000 });
  const count = Number(
    /tallennettiin (\d+) diaa/.exec(
      (await page.getByText(/tallennettiin \d+ diaa/).textContent()) ?? '',
    )?.[1],
  );
  await expect.poll(() => names.length).toBe(count);
  expect(count).toBeGreaterThanOrEqual(3);

  await page.getByRole('button', { name: 'Tulosta / PDF…' }).click();
  const pages = page.getByTestId('print-page');
  await expect(pages.first()).toBeVisible();
  const total = await pages.count();
  await expect(pages.nth(total - 2).locator('footer')).toContainText('Riskit');
  await expect(pages.nth(total - 1).locator('footer')).toContainText('Rahoitus');
  await expect(pages.nth(total - 1).locator('footer')).toContainText(`Sivu ${total}/${total}`);
  await expect
    .poll(() =>
      pages
        .nth(total - 1)
        .getByRole('img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true);
});

test('an item threatened by an open high risk carries its number, named in the tooltip and the details', async ({
  page,
}) => {
  await openWithParts(page);
  await page.getByRole('button', { name: 'Koko suunnitelma' }).click();
  const badge = page.locator('[data-risk-badge="m-001"]');
  await expect(badge).toHaveText('1');
  await expect(page.locator('[data-risk-badge]')).toHaveCount(1);
  const item = page.locator('[data-item-id="m-001"]');
  await item.hover();
  await expect(page.getByTestId('tooltip-risk')).toHaveText('Riski 1: Aikataulut');
  await item.click();
  await expect(page.getByTestId('details-risk')).toHaveText([
    'Riski 1: Aikataulut (suuri riski, avoin)',
    'Riski 6: Digitalisaation edistäminen (vähäinen riski, avoin)',
  ]);
});
