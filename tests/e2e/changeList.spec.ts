import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { takeBaseline } from '../../src/domain/comparison/snapshotOf';
import type { Plan } from '../../src/domain/planSchema';
import { openFresh, SAMPLE_TEXT, toLibrary } from './helpers';

const BASELINE_NAME = 'Ohjausryhmä 14.3.2022';

/** The sample plan with a baseline of itself, as a file a change manager would have emailed. */
function sampleWithBaseline(): string {
  const envelope = JSON.parse(SAMPLE_TEXT) as { plan: Plan };
  const baseline = takeBaseline(envelope.plan, {
    id: 'b-1',
    name: BASELINE_NAME,
    savedOn: '2022-03-14',
  });
  envelope.plan = { ...envelope.plan, title: 'Vertailtava tiekartta', baselines: [baseline] };
  return JSON.stringify(envelope, null, 2);
}

async function pressOn(page: Page, itemId: string, ...keys: string[]) {
  const item = page.locator(`[data-item-id="${itemId}"]`).first();
  await item.click();
  for (const key of keys) await page.keyboard.press(key);
}

test('the Muutokset view lists the edits made since the baseline, and a line shows its item', async ({
  page,
}) => {
  await openFresh(page);
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'vertailtava.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(sampleWithBaseline()),
  });
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    'Vertailtava tiekartta',
  );

  // Sopimusten kartoitus (1.4.2022) three days later, Sopimusten hännät two days earlier, and
  // ICT-sopimukset valtuustoon deleted.
  await pressOn(page, 'm-001', 'ArrowRight', 'ArrowRight', 'ArrowRight');
  await pressOn(page, 'p-004', 'ArrowLeft', 'ArrowLeft');
  await pressOn(page, 'm-002', 'Delete');

  const view = page.getByRole('group', { name: 'Näkymä' });
  await view.getByRole('button', { name: 'Muutokset' }).click();
  await expect(page.getByTestId('changes-view')).toContainText('Vertailu ei ole päällä');
  await page.getByRole('button', { name: `Vertaa vertailukohtaan ”${BASELINE_NAME}”` }).click();

  const list = page.getByTestId('change-list');
  await expect(list.getByRole('heading')).toHaveText(`3 muutosta vertailukohtaan ${BASELINE_NAME}`);
  await expect(list.getByTestId('change-line').locator('.text')).toHaveText([
    'Sopimusten kartoitus siirtyi 3 päivää myöhemmäksi: 1.4.2022 → 4.4.2022',
    'Sopimusten hännät siirtyi 2 päivää aikaisemmaksi: 1.10.2022 → 29.9.2022',
    'ICT-sopimukset valtuustoon poistettiin (oli 1.8.2022)',
  ]);

  // The CSV is what the list shows, for Excel.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'Lataa CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-muutokset\.csv$/);
  const csv = readFileSync((await download.path()) as string, 'utf8');
  expect(csv.startsWith('\uFEFFKaista;Rivi;Kohde;Laji;Muutos;')).toBe(true);
  expect(csv).toContain(';Sopimusten kartoitus;siirtyi;');

  // A line shows its item: the timeline comes back with it selected and its slip in the details.
  await list.getByRole('button', { name: /^Sopimusten kartoitus siirtyi/ }).click();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('details')).toContainText('Sopimusten kartoitus');
  await expect(page.getByTestId('details-slip')).toHaveText('+3 pv (vertailukohdassa 1.4.2022)');
  await expect(page.locator('[data-item-id="m-001"]').first()).toBeFocused();
  await expect(page.getByTestId('lane-label').first()).toContainText('1 myöhässä vertailukohdasta');

  // The table gets the baseline's dates and the slip.
  await view.getByRole('button', { name: 'Taulukko' }).click();
  const table = page.getByTestId('plan-table');
  await expect(table.getByRole('columnheader', { name: /Poikkeama/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Sopimusten kartoitus/ })).toContainText('+3 pv');

  // The printed PDF ends with the change list.
  await page.getByRole('button', { name: 'Tulosta / PDF…' }).click();
  const sheet = page.getByTestId('print-changes');
  await expect(sheet).toHaveCount(1);
  await expect(sheet).toContainText(`3 muutosta vertailukohtaan ${BASELINE_NAME}`);
  await expect(sheet).toContainText('Sopimusten hännät siirtyi 2 päivää aikaisemmaksi');
});
