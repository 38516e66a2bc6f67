import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  diskFullSwitch,
  openFresh,
  putStoredRecord,
  SAMPLE_TITLE,
  setDiskFull,
  storedRecord,
  toLibrary,
} from './helpers';

const title = (page: Page) => page.getByRole('textbox', { name: 'Tiekartan nimi' });
const saveStatus = (page: Page) => page.getByTestId('save-status');

async function rename(page: Page, text: string) {
  await title(page).fill(text);
  await title(page).press('Enter');
}

/** What the browser does when it clears one kind of site data; localStorage is left alone. */
async function clearIndexedDb(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
  await cdp.detach();
}

/** An edit that waits for the autosave delay (800 ms) instead of saving at once. */
async function editOrganisation(page: Page, text: string) {
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  await page.getByRole('textbox', { name: 'Organisaatio' }).fill(text);
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
}

test('an edit made 0–400 ms before a prompt-less close is back after reopening', async ({
  context,
}) => {
  let page = await context.newPage();
  await openFresh(page);
  for (const [i, delay] of [0, 80, 160, 240, 320, 400].entries()) {
    await editOrganisation(page, `Muutos ${i} ennen sulkemista`);
    await page.waitForTimeout(delay);
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    await page.goto('/');
    await expect(page.getByText(`Muutos ${i} ennen sulkemista`)).toBeVisible();
    await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  }
  await page.reload();
  await expect(page.getByText('Muutos 5 ennen sulkemista')).toBeVisible();
  await toLibrary(page);
  await expect(page.getByTestId('library-row')).toHaveCount(1);
});

test('an edit whose save failed is put back after the tab dies, and the notice says which', async ({
  context,
}) => {
  // Writes fail in the first tab only, as on a disk that was full until the tab died.
  await diskFullSwitch(context);
  const page = await context.newPage();
  await openFresh(page);
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  await setDiskFull(page, true);
  await rename(page, 'Juuri ennen kaatumista');
  await expect(saveStatus(page)).toContainText('Tallennus epäonnistui');
  await page.close({ runBeforeUnload: false });
  const next = await context.newPage();
  await next.goto('/');
  await expect(title(next)).toHaveValue('Juuri ennen kaatumista');
  await expect(next.getByTestId('notice')).toContainText(
    'Viimeisimmät muutokset, jotka eivät ehtineet tallentua ennen välilehden sulkemista, palautettiin: ”Juuri ennen kaatumista”',
  );
  await expect(saveStatus(next)).toHaveText(/^Tallennettu/);
});

test('a first start on a full disk opens the sample, says the disk is full and keeps working', async ({
  page,
  context,
}) => {
  const cdp = await context.newCDPSession(page);
  await page.goto('/favicon.svg');
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: 1,
  });
  await page.goto('/');
  await expect(title(page)).toHaveValue(SAMPLE_TITLE, { timeout: 10_000 });
  await expect(page.getByTestId('quota')).toContainText('Selaimen tallennustila on täynnä');
  await expect(page.getByText('Ladataan kirjastoa…')).toHaveCount(0);
  await rename(page, 'Muistissa levyn ollessa täynnä');
  await expect(title(page)).toHaveValue('Muistissa levyn ollessa täynnä');
});

test('plans wiped by the browser between visits are named once, with what to do', async ({
  page,
  context,
}) => {
  await openFresh(page);
  await rename(page, 'Selaimen pyyhkimä tiekartta');
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  await clearIndexedDb(context, page);
  await page.reload();
  const banner = page.getByTestId('vanished');
  await expect(banner).toContainText('Selaimen tallennustilasta puuttuu tiekarttoja');
  await expect(banner).toContainText('”Selaimen pyyhkimä tiekartta”');
  await expect(banner).toContainText('tuomalla viedyt tiedostot');
  await page.reload();
  await expect(title(page)).toHaveValue(SAMPLE_TITLE);
  await expect(page.getByTestId('vanished')).toHaveCount(0);
});

test('storage cleared under an open tab: the plan stays, the tab says so and saves it again', async ({
  page,
  context,
}) => {
  await openFresh(page);
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  await clearIndexedDb(context, page);
  await rename(page, 'Tyhjennetyn alla muokattu');
  const banner = page.getByTestId('gone');
  await expect(banner).toContainText('Tätä tiekarttaa ei enää ole selaimen tallennustilassa');
  await expect(title(page)).toHaveValue('Tyhjennetyn alla muokattu');
  await banner.getByRole('button', { name: 'Tallenna se uudelleen' }).click();
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(title(page)).toHaveValue('Tyhjennetyn alla muokattu');
});

test('a plan deleted in another tab is announced where it is open; imports reach every library', async ({
  page,
  context,
}) => {
  await openFresh(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(title(other)).toHaveValue(SAMPLE_TITLE);
  await toLibrary(other);
  await other.getByRole('button', { name: 'Uusi tyhjä tiekartta' }).click();
  await expect(title(other)).toHaveValue('Uusi tiekartta');
  await toLibrary(page);
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  await page
    .getByTestId('library-row')
    .filter({ hasText: 'Uusi tiekartta' })
    .getByRole('button', { name: 'Poista' })
    .click();
  await expect(other.getByTestId('gone')).toContainText('poistettiin toisessa välilehdessä');
  await other.getByTestId('gone').getByRole('button', { name: 'Tallenna se uudelleen' }).click();
  await expect(saveStatus(other)).toHaveText(/^Tallennettu/);
  await expect(page.getByTestId('library-row')).toHaveCount(2);
});

test('taking the other tab’s version keeps this tab’s edits as a copy', async ({
  page,
  context,
}) => {
  await openFresh(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(title(other)).toHaveValue(SAMPLE_TITLE);
  await other.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  await other.getByRole('textbox', { name: 'Organisaatio' }).fill('B:n organisaatio');
  await other.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await rename(page, 'A tallensi ensin');
  const conflict = other.getByTestId('conflict');
  await expect(conflict).toContainText('Muutettu toisessa välilehdessä');
  await conflict.getByRole('button', { name: 'Lataa heidän versionsa' }).click();
  await expect(title(other)).toHaveValue('A tallensi ensin');
  await expect(other.getByTestId('notice')).toContainText('tallennettiin kopioksi');
  await toLibrary(other);
  await expect(
    other.getByTestId('library-row').filter({ hasText: 'B:n organisaatio' }),
  ).toContainText('(kopio)');
});

test('a stored plan an older app saved with a year-9999 window is reported, never a silent no-op', async ({
  page,
}) => {
  await openFresh(page);
  await rename(page, 'Vanhan sovelluksen tallentama');
  await expect(saveStatus(page)).toHaveText(/^Tallennettu/);
  const record = await storedRecord(page);
  (record.file as { plan: { window: { end: string } } }).plan.window.end = '9999-12-31';
  await putStoredRecord(page, record);
  await page.reload();
  await expect(page.getByRole('alert').first()).toContainText(
    '1 tallennettua tiekarttaa ei voitu lukea',
  );
  await expect(page.getByRole('button', { name: 'Vie ne tiedostoksi sellaisinaan' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Avaa aiempi versio ”ICT-muutoksen tiekartta 2022”/ }),
  ).toBeVisible();
});
