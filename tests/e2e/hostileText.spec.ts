import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { libraryRows, openFresh, toLibrary } from './helpers';

const fixture = (name: string) =>
  readFileSync(resolve(process.cwd(), 'fixtures/hostile', name), 'utf8');

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test('a plan file whose label holds U+FFFF is refused, naming the field and the character', async ({
  page,
}) => {
  await openFresh(page);
  await toLibrary(page);
  await importFile(page, 'label-uffff.tiekartta.json', fixture('label-uffff.tiekartta.json'));
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Tiedostoa ”label-uffff.tiekartta.json” ei voitu avata.');
  await expect(notice).toContainText(
    /Kaista TOSI › rivi 1 › ”Käyttöönotto.?” › nimi: merkki U\+FFFF ei ole sallittu tekstissä/,
  );
  await expect(libraryRows(page)).toHaveCount(1);
});

test('a plan file whose window ends 9999-12-31 is refused with the range, and the library is unchanged', async ({
  page,
}) => {
  await openFresh(page);
  await toLibrary(page);
  const before = await libraryRows(page).allInnerTexts();
  await importFile(page, 'ikuinen.tiekartta.json', fixture('window-9999.tiekartta.json'));
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Tiedostoa ”ikuinen.tiekartta.json” ei voitu avata.');
  await expect(notice).toContainText(
    'aikajänne › loppupäivä: päivämäärä 31.12.9999 on sallitun ajan ulkopuolella (sallittu 1.1.1900–31.12.2200)',
  );
  await expect(libraryRows(page)).toHaveCount(1);
  expect(await libraryRows(page).allInnerTexts()).toEqual(before);
  await page.reload();
  await expect(libraryRows(page)).toHaveCount(1);
  await expect(page.getByText('Ikuinen tiekartta')).toHaveCount(0);
});

test('typing 31.12.9999 as the end in "Muokkaa tietoja" shows the range and keeps save disabled', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  const end = page.getByRole('textbox', { name: 'Näytettävä aikajänne päättyy' });
  await end.fill('31.12.9999');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Päivän pitää olla' })).toHaveText(
    'Päivän pitää olla välillä 1.1.1900–31.12.2200.',
  );
  const save = page.getByRole('button', { name: 'Tallenna', exact: true });
  await expect(save).toBeDisabled();
  await end.fill('31.12.2200');
  await expect(end).toHaveAttribute('aria-invalid', 'false');
  await expect(save).toBeEnabled();
});
