import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Plan } from '../../src/domain/planSchema';
import { isLate, rollupAsOf } from '../../src/domain/rollup/isLate';
import { serializePlanFile } from '../../src/io/planFile';
import { parseRollupFile } from '../../src/io/rollupFile';
import { generatePlan } from '../factories/generatePlan';
import { libraryRows, openFresh, toLibrary } from './helpers';
import { drawnSheets, printedPages } from './printedPages';

const META = { exportedAt: new Date('2026-11-30T10:00:00Z'), appVersion: '0.1.0' };
const COUNTIES = ['Keski-Suomi', 'Pirkanmaa', 'Lappi', 'Kainuu', 'Vantaa ja Kerava'];

/** Five counties' generated plans; the fourth's file is damaged (a day that does not exist). */
const PLANS: Plan[] = COUNTIES.map((organisation, i) => ({
  ...generatePlan({ items: 150, seed: 40 + i, years: 2 }),
  title: `ICT-muutos ${organisation}`,
  organisation,
}));
const fileOf = (plan: Plan, i: number) => {
  const text = serializePlanFile(plan, META);
  const damaged =
    i === 3 ? text.replace(/"date": "\d{4}-\d{2}-\d{2}"/, '"date": "2024-02-30"') : text;
  return {
    name: `alue-${i + 1}.tiekartta.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(damaged),
  };
};
const FILES = PLANS.map(fileOf);
const SHOWN = PLANS.filter((_, i) => i !== 3);

async function openRollup(page: Page) {
  await openFresh(page);
  await toLibrary(page);
  await page.getByTestId('rollup-open').click();
  await page.getByTestId('rollup-files').setInputFiles(FILES);
  await expect(
    page.getByTestId('rollup-member').and(page.locator('[data-state="ok"]')),
  ).toHaveCount(4);
}

const laneNames = (page: Page) =>
  page
    .getByTestId('timeline')
    .getByTestId('lane-label')
    .locator('.visually-hidden')
    .allTextContents();

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

test('five files opened at once: four show, the damaged one is listed with its reason', async ({
  page,
}) => {
  await openRollup(page);
  const failed = page.getByTestId('rollup-member').and(page.locator('[data-state="failed"]'));
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('alue-4.tiekartta.json');
  await expect(failed.getByTestId('rollup-failure')).toContainText('Tiedostossa on virheitä');
  await expect(failed.getByTestId('rollup-failure')).toContainText(
    '”2024-02-30” ei ole oikea päivä',
  );
  // By plan: a lane per county and lane kind, the counties in the files' order.
  const lanes = await laneNames(page);
  expect(lanes).toHaveLength(16);
  expect([...new Set(lanes)]).toEqual(['Keski-Suomi', 'Pirkanmaa', 'Lappi', 'Vantaa ja Kerava']);
  await expect(page.getByTestId('summary-by-plan').getByTestId('summary-line')).toHaveCount(4);
  // Opened only for the roll-up: the library still holds the sample alone.
  await page.getByRole('button', { name: 'Takaisin kirjastoon' }).click();
  await expect(libraryRows(page)).toHaveCount(1);
});

test('grouped by lane kind and filtered to late items, one item opens its plan there', async ({
  page,
}) => {
  await openRollup(page);
  await page.getByLabel('Kaistatyypeittäin').check();
  expect(await laneNames(page)).toEqual(['Hallinto', 'TORI', 'TOSI', 'ICT-infra']);
  // Two lane kinds at once, then all again.
  const kinds = page.getByTestId('rollup-filter-kind');
  await kinds.locator('summary').click();
  await kinds.getByRole('checkbox', { name: 'TORI' }).check();
  await kinds.getByRole('checkbox', { name: 'TOSI' }).check();
  await expect(kinds.locator('summary')).toHaveText('Kaistatyyppi: 2 valittua');
  expect(await laneNames(page)).toEqual(['TORI', 'TOSI']);
  await kinds.getByRole('button', { name: 'Näytä kaikki' }).click();
  expect(await laneNames(page)).toEqual(['Hallinto', 'TORI', 'TOSI', 'ICT-infra']);
  // The status list from the keyboard: Enter opens it, Space ticks, Escape closes.
  const statuses = page.getByTestId('rollup-filter-status');
  await statuses.locator('summary').focus();
  await page.keyboard.press('Enter');
  await statuses.getByRole('checkbox', { name: 'myöhässä' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(statuses).not.toHaveAttribute('open');
  await expect(statuses.locator('summary')).toHaveText('Tila: myöhässä');
  await expect(statuses.locator('summary')).toBeFocused();
  // Late as the coordinator means it: marked late, or past the status date and not done.
  const asOf = rollupAsOf(SHOWN);
  const late = SHOWN.map((plan) => plan.items.filter((item) => isLate(item, asOf)).length);
  expect(late).not.toEqual(
    SHOWN.map((plan) => plan.items.filter((item) => item.status === 'late').length),
  );
  const lines = page.getByTestId('summary-by-plan').getByTestId('summary-line');
  await expect(lines).toHaveCount(4);
  for (const [i, count] of late.entries()) {
    await expect(lines.nth(i).locator('td').nth(0)).toHaveText(String(count));
    await expect(lines.nth(i).locator('td').nth(1)).toHaveText(String(count));
  }
  const item = page.getByTestId('timeline').locator('[data-item-id]').first();
  const label = (await item.getAttribute('aria-label')) ?? '';
  await item.click();
  const chosen = page.getByTestId('rollup-chosen');
  await expect(chosen).toBeVisible();
  // Above the chart, in the first screen: below it, the command was off a laptop's screen.
  await expect(chosen).toBeInViewport();
  const [county] = ((await chosen.locator('span').textContent()) ?? '').split(':');
  const plan = SHOWN.find((p) => p.organisation === county)!;
  await chosen
    .getByRole('button', { name: 'Lisää suunnitelma kirjastoon ja avaa tästä kohdasta' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(plan.title);
  await expect(page.getByTestId('details')).toBeVisible();
  const shownLabel = (await page.getByTestId('details').locator('.label').textContent()) ?? '';
  expect(label).toContain(shownLabel);
  const opened = plan.items.find((i) => i.label === shownLabel);
  expect(opened && isLate(opened, asOf)).toBe(true);
});

test('the roll-up chart is read-only: no link handle, and an item dragged stays where it was', async ({
  page,
}) => {
  await openRollup(page);
  const timeline = page.getByTestId('timeline');
  const id = await timeline.locator('[data-item-id]').first().getAttribute('data-item-id');
  const mark = timeline.locator(`[data-item-id="${id}"]`);
  await mark.hover();
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('rollup-chosen')).toBeVisible();
  // Selected and pointed at, an item of a plan shows its link and resize handles: here none.
  await expect(timeline.locator('.link-handle, [data-handle]')).toHaveCount(0);
  const before = (await mark.boundingBox())!;
  const label = await mark.getAttribute('aria-label');
  const summary = await page.getByTestId('summary-by-plan').textContent();
  const [x, y] = [before.x + before.width / 2, before.y + before.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 160, y + 40, { steps: 8 });
  await page.mouse.up();
  expect(await mark.boundingBox()).toEqual(before);
  await expect(mark).toHaveAttribute('aria-label', label!);
  await expect(page.getByTestId('summary-by-plan')).toHaveText(summary!);
  // Ctrl+drag on empty space draws no phase either (read-only, empty space takes no box).
  const items = await timeline.locator('[data-item-id]').count();
  const body = (await timeline.locator('svg[role="group"]').boundingBox())!;
  await page.keyboard.down('Control');
  await page.mouse.move(body.x + 40, body.y + body.height - 6);
  await page.mouse.down();
  await page.mouse.move(body.x + 240, body.y + body.height - 4, { steps: 6 });
  await expect(timeline.locator('.band.draw')).toHaveCount(0);
  await page.mouse.up();
  await page.keyboard.up('Control');
  await expect(timeline.locator('[data-item-id]')).toHaveCount(items);
  // The same item opened in its own plan, where it is edited, does offer the link handle.
  await page
    .getByTestId('rollup-chosen')
    .getByRole('button', { name: 'Lisää suunnitelma kirjastoon ja avaa tästä kohdasta' })
    .click();
  await expect(page.getByTestId('details')).toBeVisible();
  await expect(page.getByTestId('timeline').locator('.link-handle')).toHaveCount(1);
});

test('the roll-up exports as SVG and PNG pictures that carry it, and prints', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openRollup(page);
  // The list of plans stays compact: the chart starts in a laptop's first screen.
  const chartTop = (await page.getByTestId('timeline').boundingBox())!.y;
  expect(chartTop).toBeLessThan(768 / 2);

  const svg = await download(page, () =>
    page.getByRole('button', { name: 'Vie SVG-kuvana' }).click(),
  );
  expect(svg.name).toMatch(/^Kokonaiskuva.*\.svg$/);
  const text = svg.bytes.toString('utf8');
  // Lane names wrap into lines of their own: "Vantaa ja Kerava" starts one.
  for (const county of SHOWN.map((p) => p.organisation))
    expect(text).toMatch(new RegExp(`>${county.split(' ')[0]}\\b`));
  expect(text).toContain('urn:tiekartta:plan');

  const png = await download(page, () =>
    page.getByRole('button', { name: 'Vie PNG-kuvana' }).click(),
  );
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(2 * 1920);
  expect(png.bytes.includes(Buffer.from('tiekartta-plan'))).toBe(true);

  // A national milestone given here is drawn with the shared dates and saved in the roll-up file.
  await page.getByTestId('rollup-milestones').locator('summary').click();
  await page.getByTestId('rollup-milestone-date').fill('1.1.2025');
  await page.getByTestId('rollup-milestone-label').fill('Kansallinen määräpäivä');
  await page.getByRole('button', { name: 'Lisää virstanpylväs' }).click();
  await expect(page.getByTestId('rollup-national')).toContainText(
    'Kansallinen määräpäivä 1.1.2025',
  );
  const saved = await download(page, () =>
    page.getByRole('button', { name: 'Tallenna kokonaiskuvatiedosto' }).click(),
  );
  expect(saved.name).toMatch(/\.kokonaiskuva\.json$/);
  const rollupFile = parseRollupFile(saved.bytes.toString('utf8'));
  expect(rollupFile.ok && rollupFile.file.plans).toEqual(
    SHOWN.map((plan) => ({ title: plan.title, fileName: FILES[PLANS.indexOf(plan)]!.name })),
  );
  expect(rollupFile.ok && rollupFile.file.milestones).toEqual([
    { date: '2025-01-01', label: 'Kansallinen määräpäivä' },
  ]);
  // A roll-up file whose milestone is no day is refused, saying which and why.
  const broken = saved.bytes.toString('utf8').replace('2025-01-01', '2025-02-30');
  await page.getByTestId('rollup-files').setInputFiles({
    name: 'rikki.kokonaiskuva.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await expect(page.getByTestId('rollup-said')).toContainText(
    'kansallinen virstanpylväs ”Kansallinen määräpäivä” › päivämäärä',
  );

  // The picture carries the roll-up as a plan: imported, it opens as one.
  await page.getByRole('button', { name: 'Takaisin kirjastoon' }).click();
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: svg.name, mimeType: 'image/svg+xml', buffer: svg.bytes });
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue('Kokonaiskuva');

  await toLibrary(page);
  await page.getByTestId('rollup-open').click();
  await page.getByRole('button', { name: 'Tulosta…' }).click();
  const pages = page.getByTestId('print-page');
  await expect(pages.first()).toBeVisible();
  await expect(pages.first().locator('header')).toContainText('Kokonaiskuva');
  await expect(pages.first().locator('header')).toContainText('SISÄINEN');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(sheets.length).toBe(await pages.count());
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Sulje' }).click();
  await expect(page.getByTestId('rollup')).toBeVisible();
});

test('grouped by lane kind, the roll-up prints a PDF page per sheet, none blank, the kinds named', async ({
  page,
}) => {
  await openRollup(page);
  await page.getByLabel('Kaistatyypeittäin').check();
  expect(await laneNames(page)).toEqual(['Hallinto', 'TORI', 'TOSI', 'ICT-infra']);
  await page.getByRole('button', { name: 'Tulosta…' }).click();
  const count = await drawnSheets(page);
  const sheets = page.getByTestId('print-page');
  // A kind's lane of every county's rows is taller than a sheet: split between its rows, each
  // sheet's picture is drawn at its size at 7 pt, never shrunk onto the sheet.
  const shrunk = await sheets.evaluateAll(
    (all) =>
      all.filter((sheet) => {
        const img = sheet.querySelector('img') as HTMLImageElement;
        return img.naturalHeight > img.getBoundingClientRect().height + 1;
      }).length,
  );
  expect(shrunk).toBe(0);
  expect(count).toBeGreaterThan(4);
  const pages = await printedPages(page);
  expect(pages).toHaveLength(count);
  for (const text of pages) expect(text.trim().length).toBeGreaterThan(0);
  // A sheet per lane kind or more, each naming its kind and counties' rows under it, and every
  // county's rows printed.
  const kinds = ['Hallinto', 'TORI', 'TOSI', 'ICT-infra'];
  const counties = SHOWN.map((p) => (p.organisation as string).split(' ')[0] as string);
  for (const text of pages) {
    expect(kinds.filter((kind) => text.includes(kind))).not.toEqual([]);
    expect(counties.filter((county) => text.includes(county))).not.toEqual([]);
  }
  for (const name of [...kinds, ...counties]) expect(pages.join('\n')).toContain(name);
  await page.getByRole('button', { name: 'Sulje' }).click();
  await expect(page.getByTestId('rollup')).toBeVisible();
});

test('files dropped together join the roll-up, not the library, and the roll-up is presented', async ({
  page,
}) => {
  await openFresh(page);
  await toLibrary(page);
  await page.getByTestId('rollup-open').click();
  await expect(page.getByTestId('rollup')).toBeVisible();
  const files = FILES.filter((_, i) => i !== 3).map((f) => ({
    name: f.name,
    text: f.buffer.toString('utf8'),
  }));
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const { name, text } of dropped)
      transfer.items.add(new File([text], name, { type: 'application/json' }));
    const target = document.querySelector('[data-testid="rollup"]') as HTMLElement;
    for (const type of ['dragover', 'drop'])
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
  }, files);
  await expect(
    page.getByTestId('rollup-member').and(page.locator('[data-state="ok"]')),
  ).toHaveCount(4);
  await page.getByRole('button', { name: 'Esitä' }).click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kokonaiskuva' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rollup')).toBeVisible();
  await page.getByRole('button', { name: 'Takaisin kirjastoon' }).click();
  await expect(libraryRows(page)).toHaveCount(1);
});
