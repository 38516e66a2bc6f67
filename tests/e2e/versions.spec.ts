import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openFresh, putStoredRecord, SAMPLE_TITLE, storedRecord } from './helpers';

const title = (page: Page) => page.getByRole('textbox', { name: 'Tiekartan nimi' });
const saveStatus = (page: Page) => page.getByTestId('save-status');

async function renameAndSave(page: Page, text: string) {
  await title(page).fill(text);
  await title(page).press('Enter');
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
}

async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'Aiemmat versiot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aiemmat versiot' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('an earlier version is kept, exported, restored as one undoable edit, and survives a reload', async ({
  page,
}) => {
  await openFresh(page);
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  await renameAndSave(page, 'Ensimmäinen muutos');
  await renameAndSave(page, 'Toinen muutos');

  // The first save of the session kept the sample as it was; the later one, inside the interval, did not.
  let dialog = await openVersions(page);
  const rows = dialog.getByTestId('version');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(SAMPLE_TITLE);

  const download = page.waitForEvent('download');
  await rows
    .first()
    .getByRole('button', { name: /^Vie versio .* tiedostoksi$/ })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ICT-muutoksen tiekartta 2022-06-15.tiekartta.json');
  const exported = JSON.parse(await readFile((await file.path()) as string, 'utf8'));
  expect(exported.plan.title).toBe(SAMPLE_TITLE);

  await rows
    .first()
    .getByRole('button', { name: /^Palauta versio / })
    .click();
  await expect(dialog).toHaveCount(0);
  await expect(title(page)).toHaveValue(SAMPLE_TITLE);
  await expect(page.getByTestId('notice')).toContainText('palautettu');

  await page.getByRole('button', { name: /Kumoa: palauta versio / }).click();
  await expect(title(page)).toHaveValue('Toinen muutos');
  await page.getByRole('button', { name: /Tee uudelleen: palauta versio / }).click();
  await expect(title(page)).toHaveValue(SAMPLE_TITLE);
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);

  await page.reload();
  await expect(title(page)).toHaveValue(SAMPLE_TITLE);
  // The version the restore replaced is kept too, so the restore itself can be taken back later.
  dialog = await openVersions(page);
  await expect(dialog.getByTestId('version')).toHaveCount(2);
  await expect(dialog.getByTestId('version').first()).toContainText('Toinen muutos');
  await dialog.getByRole('button', { name: 'Sulje' }).click();
  await expect(dialog).toHaveCount(0);
});

test('without storage there are no versions, and the dialog says why', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('blocked by policy', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(page.getByTestId('storage-unavailable')).toBeVisible();
  const dialog = await openVersions(page);
  await expect(dialog).toContainText('Aiempia versioita ei säilytetä');
});

test('after days of edits without an export the app reminds, and an export or "tomorrow" quiets it', async ({
  page,
}) => {
  const start = new Date('2026-11-02T09:00:00');
  const day = 24 * 60 * 60 * 1000;
  await page.clock.install({ time: start });
  await openFresh(page);
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  const reminder = page.getByTestId('export-reminder');
  await renameAndSave(page, 'Päivän muutos');
  await expect(reminder).toHaveCount(0);

  await page.clock.setSystemTime(new Date(start.getTime() + 4 * day));
  await renameAndSave(page, 'Neljän päivän päästä');
  await expect(reminder).toContainText('ei ole vielä viety tiedostoksi');
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Neljän päivän päästä-/);
  await expect(reminder).toHaveCount(0);

  await page.clock.setSystemTime(new Date(start.getTime() + 8 * day));
  await renameAndSave(page, 'Taas muokattu');
  await expect(reminder).toContainText('viety tiedostoksi viimeksi 6.11.2026');
  await reminder.getByRole('button', { name: 'Muistuta huomenna' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(title(page)).toHaveValue('Taas muokattu');
  await expect(reminder).toHaveCount(0);

  await page.clock.setSystemTime(new Date(start.getTime() + 9 * day + 60_000));
  await renameAndSave(page, 'Seuraavana päivänä');
  await expect(reminder).toBeVisible();
});

test('a stored plan damaged beyond reading is opened again from its earlier version', async ({
  page,
}) => {
  await openFresh(page);
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  await renameAndSave(page, 'Ennen vauriota');
  const { id } = await storedRecord(page);
  await putStoredRecord(page, { id, revision: 7, savedAt: 'eilen', file: null });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('1 tallennettua tiekarttaa ei voitu lukea');
  await page
    .getByRole('button', { name: /^Avaa aiempi versio ”ICT-muutoksen tiekartta 2022”/ })
    .click();
  await expect(title(page)).toHaveValue(`${SAMPLE_TITLE} (palautettu)`);
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
});
