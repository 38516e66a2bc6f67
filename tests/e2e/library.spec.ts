import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  libraryRows,
  openFresh,
  SAMPLE_TEXT,
  SAMPLE_TITLE,
  toLibrary,
  withoutExportTime,
} from './helpers';

test('first start shows the sample plan, open, with its lanes', async ({ page }) => {
  await openFresh(page);
  await expect(page.getByText('Keski-Suomen hyvinvointialue')).toBeVisible();
  await expect(page.getByTestId('lane-label')).toHaveCount(6);
  await expect(page.getByText('KESÄTAUKO')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu \d{1,2}\.\d{2}$/);
});

test('a reload returns to the open plan', async ({ page }) => {
  await openFresh(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(SAMPLE_TITLE);
  await toLibrary(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tiekartat' })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(1);
});

test('create and rename a plan, reload, and it is there', async ({ page }) => {
  await openFresh(page);
  await toLibrary(page);
  await page.getByRole('button', { name: 'Uusi tiekartta (neljä kaistaa)' }).click();
  const title = page.getByRole('textbox', { name: 'Tiekartan nimi' });
  await expect(title).toHaveValue('Uusi tiekartta');
  await toLibrary(page);
  const row = libraryRows(page).filter({ hasText: 'Uusi tiekartta' });
  await row.getByRole('button', { name: 'Nimeä uudelleen' }).click();
  await page
    .getByRole('textbox', { name: 'Uusi nimi tiekartalle Uusi tiekartta' })
    .fill('Pirkanmaan ICT-tiekartta');
  await page.getByRole('button', { name: 'Tallenna nimi' }).click();
  await expect(libraryRows(page).filter({ hasText: 'Pirkanmaan ICT-tiekartta' })).toHaveCount(1);
  await page.reload();
  await expect(libraryRows(page)).toHaveCount(2);
  await libraryRows(page)
    .filter({ hasText: 'Pirkanmaan ICT-tiekartta' })
    .getByRole('button', { name: 'Avaa' })
    .click();
  await expect(page.getByTestId('lane-label')).toHaveCount(4);
});

test('an edit in the open plan is saved, then survives a reload', async ({ page }) => {
  await openFresh(page);
  const title = page.getByRole('textbox', { name: 'Tiekartan nimi' });
  await title.fill('Keski-Suomi 2022, päivitetty');
  await title.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu /);
  await page.reload();
  await expect(title).toHaveValue('Keski-Suomi 2022, päivitetty');
});

test('export then import gives an identical plan', async ({ page }) => {
  await openFresh(page);
  const first = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  const download = await first;
  expect(download.suggestedFilename()).toBe('ICT-muutoksen tiekartta 2022-06-15.tiekartta.json');
  const exported = await readFile((await download.path()) as string, 'utf8');
  expect(withoutExportTime(exported)).toBe(withoutExportTime(SAMPLE_TEXT));

  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'sähköpostista.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'avattiin uutena tiekarttana' }),
  ).toBeVisible();
  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  const again = await readFile((await (await second).path()) as string, 'utf8');
  expect(withoutExportTime(again)).toBe(withoutExportTime(exported));
  await toLibrary(page);
  await expect(libraryRows(page)).toHaveCount(2);
});

test('a broken file shows its own message and leaves the library unchanged', async ({ page }) => {
  await openFresh(page);
  await toLibrary(page);
  const file = JSON.parse(SAMPLE_TEXT);
  const testing = file.plan.items.find(
    (item: { rowId: string; label: string }) =>
      item.rowId === 'row-apotti' && item.label === 'Testaus',
  );
  testing.end = '2022-03-01';
  const broken = JSON.stringify(file, null, 2);
  await page.getByTestId('import-input').setInputFiles({
    name: 'rikki.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tiedostoa ”rikki.tiekartta.json” ei voitu avata.');
  await expect(alert).toContainText(
    'Kaista TOSI › rivi 1 › ”Testaus”: loppupäivä 1.3.2022 on ennen alkupäivää 1.9.2022',
  );
  await expect(libraryRows(page)).toHaveCount(1);

  await page.getByTestId('import-input').setInputFiles({
    name: 'muistio.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\u0003\u0004 binary'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'Tiedosto ei ole JSON-muotoinen tiekarttatiedosto',
  );
  const newer = SAMPLE_TEXT.replace('"version": 2', '"version": 3');
  await page.getByTestId('import-input').setInputFiles({
    name: 'uudempi.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(newer),
  });
  await expect(page.getByRole('alert')).toContainText(
    'tiedostomuoto 3); tämä sovellus lukee tiedostomuotoa 2',
  );
  await page.reload();
  await expect(libraryRows(page)).toHaveCount(1);
});

test('a file dropped on the window opens as a new plan', async ({ page }) => {
  await openFresh(page);
  await toLibrary(page);
  const dataTransfer = await page.evaluateHandle(
    (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([text], 'pudotettu.tiekartta.json', { type: 'application/json' }),
      );
      return transfer;
    },
    SAMPLE_TEXT.replace(SAMPLE_TITLE, 'Pudotettu tiekartta'),
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    'Pudotettu tiekartta',
  );
});

test('switching to English and reloading keeps English', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('en');
  await expect(page.getByRole('button', { name: '← Library' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(page.getByRole('textbox', { name: 'Roadmap title' })).toHaveValue(SAMPLE_TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('heading', { name: 'Roadmaps' })).toBeVisible();
});
