import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parsePlanText } from '../../src/io/parsePlanFile';
import type { Plan } from '../../src/domain/planSchema';
import { planView, withParts } from '../factories/sheets';
import { openFresh, SAMPLE_TEXT, toLibrary, withoutExportTime } from './helpers';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

const exportText = async (page: Page) =>
  (
    await download(page, () => page.getByRole('button', { name: 'Vie tiedostoksi' }).click())
  ).bytes.toString('utf8');
const exportJson = async (page: Page) => withoutExportTime(await exportText(page));

const planOf = (text: string) => {
  const parsed = parsePlanText(text);
  if (!parsed.ok) throw new Error('not a plan file');
  return parsed.plan;
};

/** Opens "Tuo taulukosta", gives it a file and waits for the mapping step. */
async function chooseSheet(page: Page, name: string, buffer: Buffer, mimeType: string) {
  // On the plan screen it is in the edit menu, so the toolbar stays one row; in the library a button.
  const editMenu = page.locator('summary[aria-label="Muokkaa tiekarttaa"]');
  if ((await editMenu.count()) > 0) await editMenu.click();
  await page.getByRole('button', { name: 'Tuo taulukosta…' }).click();
  const dialog = page.getByTestId('sheet-import');
  await dialog.getByTestId('sheet-input').setInputFiles({ name, mimeType, buffer });
  await expect(dialog.getByTestId('sheet-mapping')).toBeVisible();
  return dialog;
}

test('the tracking sheet goes into the open plan through the mapping step, with its skipped rows named, and one undo gives the plan back byte for byte', async ({
  page,
}) => {
  await openFresh(page);
  const before = await exportJson(page);
  const dialog = await chooseSheet(
    page,
    'seuranta.xlsx',
    await readFile('fixtures/sheets/seuranta.xlsx'),
    XLSX_TYPE,
  );
  // Guessed from the headers under the merged title: Kaista, Järjestelmä, Toimenpide, …
  await expect(dialog.getByTestId('map-A')).toHaveValue('lane');
  await expect(dialog.getByTestId('map-B')).toHaveValue('row');
  await expect(dialog.getByTestId('map-C')).toHaveValue('label');
  await expect(dialog.getByTestId('map-F')).toHaveValue('end');
  await expect(dialog.getByRole('radio', { name: /avoinna olevaan tiekarttaan/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(dialog.getByTestId('sheet-summary')).toHaveText('26 riviä tuodaan, 2 ohitetaan');
  const skipped = dialog.getByTestId('sheet-skipped').getByRole('listitem');
  await expect(skipped).toHaveText([
    'Rivi 16, sarake F (Loppu): ”31.2.2022” ei ole päivämäärä (esim. 1.4.2022, 2022-04-01 tai vk 23/2022)',
    'Rivi 26, sarake A (Kaista): ”Sote-keskukset” tiekartassa ei ole tämän nimistä kaistaa',
  ]);
  const rejected = await download(page, () => dialog.getByTestId('sheet-skipped-csv').click());
  expect(rejected.name).toBe('seuranta-ohitetut.csv');
  const rejectedText = rejected.bytes.toString('utf8');
  expect(rejectedText.split('\r\n')[0]).toBe(
    '\uFEFFKaista;Järjestelmä;Toimenpide;Tyyppi;Alku;Loppu;Tila;Vastuuhenkilö;Huomiot;Syy',
  );
  expect(rejectedText).toContain('Sote-keskukset;Ajanvaraus;Ajanvarauksen yhtenäistäminen');

  await dialog.getByTestId('sheet-apply').click();
  await expect(page.getByTestId('sheet-import')).toHaveCount(0);
  const after = planOf(await exportText(page));
  expect(after.items.find((item) => item.label === 'Vähimmäistietosisältö pilottiin')?.status).toBe(
    'tentative',
  );
  await page.getByRole('button', { name: /^↶ Kumoa: tuo taulukosta \d+ kohdetta/ }).click();
  expect(await exportJson(page)).toBe(before);
});

test('the Windows-1252 CSV becomes a new plan from the library, its lanes made', async ({
  page,
}) => {
  await openFresh(page);
  await toLibrary(page);
  const dialog = await chooseSheet(
    page,
    'seuranta.csv',
    await readFile('fixtures/sheets/seuranta.csv'),
    'text/csv',
  );
  await expect(dialog.getByTestId('sheet-mapping')).toContainText('Vastuuhenkilö');
  await dialog.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(dialog.getByTestId('sheet-summary')).toHaveText('27 riviä tuodaan, 1 ohitetaan');
  await expect(
    dialog.getByText(/^Uudet kaistat: Hallinnolliset tehtävät, TORI, TOSI, Sote-keskukset/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Tuo uudeksi tiekartaksi' }).click();
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    'Taulukosta seuranta',
  );
  await expect(page.getByTestId('lane-label')).toHaveCount(6);
});

test('the sample plan exported to .xlsx and imported back as a new plan is the same plan', async ({
  page,
}) => {
  await openFresh(page);
  const xlsx = await download(page, async () => {
    await page.getByText('Vie kuvana…').click();
    await page.getByRole('button', { name: 'Excel-työkirja (.xlsx)' }).click();
  });
  expect(xlsx.name).toBe('ICT-muutoksen tiekartta 2022-06-15.xlsx');
  await toLibrary(page);
  const dialog = await chooseSheet(page, xlsx.name, xlsx.bytes, XLSX_TYPE);
  // Three sheets, each mapped from its own headers.
  await expect(dialog.getByRole('combobox', { name: 'Välilehti' })).toHaveText(
    /Kohteet\s*Eteneminen\s*Merkinnät/,
  );
  await dialog.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(dialog.getByTestId('sheet-summary')).toHaveText(/^\d+ riviä tuodaan, 0 ohitetaan$/);
  await dialog.getByRole('button', { name: 'Tuo uudeksi tiekartaksi' }).click();
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    /^Taulukosta ICT-muutoksen tiekartta/,
  );
  const back = planOf(await exportText(page));
  expect(planView(back)).toEqual(planView(planOf(SAMPLE_TEXT)));
});

test('a plan with an empty row, a lane without rows, risks and funding comes back the same from its .xlsx', async ({
  page,
}) => {
  await openFresh(page);
  const envelope = JSON.parse(SAMPLE_TEXT) as { plan: Plan };
  const plan = withParts({ ...envelope.plan, title: 'Osat' });
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'osat.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...envelope, plan })),
  });
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue('Osat');
  const xlsx = await download(page, async () => {
    await page.getByText('Vie kuvana…').click();
    await page.getByRole('button', { name: 'Excel-työkirja (.xlsx)' }).click();
  });
  await toLibrary(page);
  const dialog = await chooseSheet(page, xlsx.name, xlsx.bytes, XLSX_TYPE);
  // The lanes', risks' and funding's sheets are read by their headers, not offered for mapping.
  await expect(dialog.getByRole('combobox', { name: 'Välilehti' })).toHaveText(
    /^\s*Kohteet\s*Eteneminen\s*Merkinnät\s*$/,
  );
  await dialog.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(dialog.getByTestId('sheet-summary')).toHaveText(/^\d+ riviä tuodaan, 0 ohitetaan$/);
  await dialog.getByRole('button', { name: 'Tuo uudeksi tiekartaksi' }).click();
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    /^Taulukosta Osat/,
  );
  await expect(page.getByTestId('lane-label')).toHaveCount(plan.lanes.length);
  const back = planOf(await exportText(page));
  expect(planView(back)).toEqual(planView(plan));
});

test('a sheet dropped on the window opens "Tuo taulukosta" at the mapping step, not the plan-file import', async ({
  page,
}) => {
  await openFresh(page);
  const csv = (await readFile('fixtures/sheets/seuranta.csv')).toString('latin1');
  const dataTransfer = await page.evaluateHandle((text) => {
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'seuranta.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const dialog = page.getByTestId('sheet-import');
  await expect(dialog.getByTestId('sheet-mapping')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
