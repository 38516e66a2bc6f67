import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openFresh, withoutExportTime } from './helpers';
import { centreOf } from './centreOf';

const MONTH_PX_PER_DAY = 4;

async function exportText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  return withoutExportTime(await readFile((await (await download).path()) as string, 'utf8'));
}

/** Scrolls the timeline so the target sits clear of the sticky header and name column. */
async function reveal(page: Page, target: Locator) {
  const timeline = page.getByTestId('timeline');
  const [box, frame] = await Promise.all([target.boundingBox(), timeline.boundingBox()]);
  if (!box || !frame) throw new Error('not on screen');
  await timeline.evaluate(
    (el, d) => {
      el.scrollLeft += d.x;
      el.scrollTop += d.y;
    },
    { x: box.x - frame.x - 480, y: box.y - frame.y - 160 },
  );
  await page.waitForFunction(() => true);
}

/** Drags from the middle of a locator's box (or a point in it) by dx, dy in small steps, as a hand would. */
async function dragBy(
  page: Page,
  target: Locator,
  dx: number,
  dy = 0,
  at?: (box: { x: number; y: number; width: number; height: number }) => { x: number; y: number },
  scroll = true,
) {
  if (scroll) await reveal(page, target);
  const box = (await target.boundingBox()) as {
    x: number;
    y: number;
    width: number;
    height: number;
  };
  const start = at ? at(box) : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 3, start.y + dy / 3, { steps: 5 });
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 10 });
  return { finish: () => page.mouse.up() };
}

/** Drags "Sopimusten kartoitus" (1.4.2022) two weeks later, checking the live label on the way. */
async function dragMilestoneTwoWeeks(page: Page) {
  const milestone = item(
    page,
    /^Hallinnolliset tehtävät, Sopimukset: Sopimusten kartoitus, 1\.4\.2022/,
  );
  const drag = await dragBy(page, milestone.locator('.shape'), 14 * MONTH_PX_PER_DAY + 3);
  await expect(page.getByTestId('drag-label')).toHaveText('15.4.2022 · vk 15');
  await drag.finish();
}

const item = (page: Page, name: RegExp) => page.getByRole('button', { name }).first();

test.beforeEach(async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Kuukaudet' }).click();
  await expect(page.getByTestId('timeline')).toHaveAttribute(
    'data-px-per-day',
    String(MONTH_PX_PER_DAY),
  );
});

test('drag a milestone by two weeks at month zoom: the side panel and a reload say two weeks later', async ({
  page,
}) => {
  await dragMilestoneTwoWeeks(page);
  await item(page, /Sopimusten kartoitus, 15\.4\.2022/).click();
  await expect(page.getByTestId('details-dates')).toHaveText('15.4.2022 (vk 15)');
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await page.reload();
  await expect(item(page, /Sopimusten kartoitus, 15\.4\.2022, valmis$/)).toBeAttached();
});

test('resize a phase by its end, move an item to another lane, then undo all back to the original bytes', async ({
  page,
}) => {
  const original = await exportText(page);
  const phase = item(page, /^TORI, Sähköposti: Toteutus, 1\.3\.2022–30\.6\.2022/);
  await reveal(page, phase.locator('.shape'));
  await phase.locator('.shape').hover();
  // Handles appear under the pointer; scrolling now would move the phase out from under it.
  const resize = await dragBy(
    page,
    phase.locator('[data-handle="end"]'),
    14 * MONTH_PX_PER_DAY,
    0,
    undefined,
    false,
  );
  await resize.finish();
  await expect(item(page, /^TORI, Sähköposti: Toteutus, 1\.3\.2022–14\.7\.2022/)).toBeAttached();
  await expect(
    page.getByRole('button', { name: /^↶ Kumoa: muuta ”Toteutus” kestoa/ }),
  ).toBeVisible();

  // 15.12.2022 is 409 days after the range's first day (1.11.2021); bring it into the drawn window.
  await page.getByTestId('timeline').evaluate((el) => (el.scrollLeft = 409 * 4 - 500));
  const milestone = item(page, /^TORI, Sähköposti: HyvaKS-tilit koko henkilöstöllä/);
  const target = page.getByTestId('lane-label').filter({ hasText: 'TOSI' });
  const from = (await milestone.locator('.shape').boundingBox()) as { y: number };
  const to = (await target.boundingBox()) as { y: number };
  const move = await dragBy(page, milestone.locator('.shape'), 0, to.y - from.y + 12);
  await move.finish();
  await expect(
    item(page, /^TOSI, Asiakas- ja potilastietojärjestelmät: HyvaKS-tilit koko henkilöstöllä/),
  ).toBeAttached();

  await page.keyboard.press('Control+z');
  await expect(item(page, /^TORI, Sähköposti: HyvaKS-tilit/)).toBeAttached();
  await page.getByRole('button', { name: /^↶ Kumoa: muuta ”Toteutus” kestoa/ }).click();
  await expect(page.getByRole('button', { name: /^↶ Kumoa$/ })).toBeDisabled();
  expect(await exportText(page)).toBe(original);
  await page.keyboard.press('Control+Shift+z');
  await expect(item(page, /Toteutus, 1\.3\.2022–14\.7\.2022/)).toBeAttached();
});

test('Esc during a drag puts the item back and changes nothing', async ({ page }) => {
  const original = await exportText(page);
  const milestone = item(page, /Sopimusten kartoitus, 1\.4\.2022/);
  const drag = await dragBy(page, milestone.locator('.shape'), 40 * MONTH_PX_PER_DAY);
  await expect(page.getByTestId('drag-label')).toBeVisible();
  await page.keyboard.press('Escape');
  await drag.finish();
  await expect(page.getByTestId('drag-label')).toHaveCount(0);
  await expect(item(page, /Sopimusten kartoitus, 1\.4\.2022/)).toBeAttached();
  expect(await exportText(page)).toBe(original);
});

test('Shift-click selects several items and the keyboard moves them together', async ({ page }) => {
  await item(page, /Sopimukset: Sopimusten kartoitus/).click();
  await item(page, /Sopimukset: ICT-sopimukset valtuustoon/).click({ modifiers: ['Shift'] });
  await item(page, /Sopimukset: Loputkin siirrot voimaan/).click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 kohdetta valittu')).toBeVisible();
  await item(page, /Sopimukset: Loputkin siirrot voimaan/).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('button', { name: '↶ Kumoa: siirrä 3 kohdetta' })).toBeVisible();
  await page.getByRole('button', { name: 'Taulukko' }).click();
  const starts = async (label: string) =>
    page.getByRole('row').filter({ hasText: label }).getByRole('cell').nth(4).textContent();
  expect(await starts('Sopimusten kartoitus')).toBe('8.4.2022');
  expect(await starts('ICT-sopimukset valtuustoon')).toBe('8.8.2022');
  expect(await starts('Loputkin siirrot voimaan')).toBe('7.1.2023');
  expect(await starts('Isot sopimukset analysoitu')).toBe('30.9.2022');
});

test('the editor refuses an end before the start beside the field, and saves a week typed as "vk 40"', async ({
  page,
}) => {
  await item(page, /^TORI, Sähköposti: Migraatiot/).click();
  await page.getByRole('button', { name: 'Muokkaa', exact: true }).click();
  const end = page.getByRole('textbox', { name: /Päättyy/ });
  await end.fill('1.7.2022');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Loppupäivä on ennen alkupäivää.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tallenna', exact: true })).toBeDisabled();
  await end.fill('vk 40');
  await expect(page.getByText('= 9.10.2022')).toBeVisible();
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(item(page, /^TORI, Sähköposti: Migraatiot, 1\.8\.2022–9\.10\.2022/)).toBeAttached();
});

test('box-select three items on empty space and move them together by dragging one', async ({
  page,
}) => {
  const named = (label: string) =>
    item(page, new RegExp(`^TOSI, Asiakas- ja potilastietojärjestelmät: ${label},`));
  const [design, build, testEnv] = [
    named('Suunnittelu valmis'),
    named('Toteutus'),
    named('Testiympäristö valmiina'),
  ];
  await reveal(page, design.locator('.shape'));
  const original = await exportText(page);
  const boxes = (await Promise.all(
    [design, build, testEnv].map((l) => l.locator('.shape').boundingBox()),
  )) as { x: number; y: number; width: number; height: number }[];
  const left = Math.min(...boxes.map((b) => b.x)) - 30;
  const top = Math.min(...boxes.map((b) => b.y)) - 2;
  const right = (boxes[2] as { x: number }).x + 10;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 2;
  await page.mouse.move(left, top);
  await page.mouse.down();
  await page.mouse.move(right, bottom, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByText('3 kohdetta valittu')).toBeVisible();
  const drag = await dragBy(page, build.locator('.shape'), 7 * MONTH_PX_PER_DAY + 2);
  await drag.finish();
  await expect(page.getByRole('button', { name: '↶ Kumoa: siirrä 3 kohdetta' })).toBeVisible();
  await expect(named('Suunnittelu valmis')).toHaveAccessibleName(/7\.4\.2022/);
  await expect(named('Toteutus')).toHaveAccessibleName(/8\.4\.2022–22\.6\.2022/);
  await expect(named('Testiympäristö valmiina')).toHaveAccessibleName(/22\.6\.2022/);
  await page.getByRole('button', { name: /^↶ Kumoa/ }).click();
  expect(await exportText(page)).toBe(original);
});

test('move everything after a date by two weeks, and double-click to add a milestone', async ({
  page,
}) => {
  await page.locator('summary', { hasText: 'Muokkaa tiekarttaa' }).click();
  await page.getByRole('button', { name: 'Siirrä aikataulua…' }).click();
  await page.getByRole('textbox', { name: 'Alkaen päivästä' }).fill('1.12.2022');
  await page.getByRole('textbox', { name: /Viikkoa/ }).fill('2');
  await page.getByRole('button', { name: 'Siirrä', exact: true }).click();
  await expect(
    page.getByRole('button', { name: '↶ Kumoa: siirrä 1.12.2022 alkaen' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Taulukko' }).click();
  const start = (label: string) =>
    page.getByRole('row').filter({ hasText: label }).first().getByRole('cell').nth(4);
  await expect(start('Loputkin siirrot voimaan')).toHaveText('14.1.2023');
  await expect(start('Sopimusten hännät')).toHaveText('1.10.2022');
  await page.getByRole('button', { name: 'Aikajana' }).click();

  const row = item(
    page,
    /^Hallinnolliset tehtävät, Tietojohtaminen: Valmis terveydenhuollon osalta/,
  );
  await reveal(page, row.locator('.shape'));
  const box = (await row.locator('.shape').boundingBox()) as { x: number; y: number };
  await page.mouse.dblclick(box.x - 100, box.y + 5);
  await expect(page.getByRole('heading', { name: 'Muokkaa kohdetta' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Nimi', exact: true })
    .fill('Tietojohtamisen katselmointi?');
  await page.getByRole('combobox', { name: 'Tila' }).selectOption('tentative');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(
    item(
      page,
      /^Hallinnolliset tehtävät, Tietojohtaminen: Tietojohtamisen katselmointi\?, .*, alustava$/,
    ),
  ).toBeAttached();
});

test('? opens the list of shortcuts', async ({ page }) => {
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Pikanäppäimet' })).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('Muuta vaiheen loppupäivää');
  // No key is drawn with an emoji, which needs a font many Windows and Linux machines lack.
  await expect(page.getByRole('row', { name: /^Hiiri Kaksoisnapsauta/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Välilyönti Valitse/ })).toBeVisible();
  expect(await page.getByRole('dialog').textContent()).not.toMatch(/\p{Extended_Pictographic}/u);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('deleting a lane with its items is one undo away from the original file', async ({ page }) => {
  const original = await exportText(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('summary', { hasText: 'Muokkaa tiekarttaa' }).click();
  await page.getByRole('button', { name: 'Kaistat ja rivit…' }).click();
  await page.getByRole('button', { name: 'Poista kaista TOSI' }).click();
  await expect(page.getByTestId('lane-label')).toHaveCount(5);
  await expect(page.getByRole('button', { name: '↶ Kumoa: poista kaista TOSI' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('lane-label')).toHaveCount(6);
  expect(await exportText(page)).toBe(original);
});

test('a checkpoint opens the track editor, and an edited percent shows on the chart', async ({
  page,
}) => {
  const timeline = page.getByTestId('timeline');
  await timeline.evaluate((el) => (el.scrollTop = 750));
  await page.getByRole('button', { name: /^Päätelaitteet siirretty: 25 %/ }).click();
  await expect(page.getByRole('heading', { name: 'Siirtymän eteneminen' })).toBeVisible();
  const percent = page.getByRole('textbox', { name: 'Prosentti 3' });
  await percent.fill('30');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(
    page.getByRole('button', { name: /^Päätelaitteet siirretty: 30 % 15\.8\.2022/ }),
  ).toBeAttached();
  await expect(
    page.getByRole('button', { name: '↶ Kumoa: muokkaa etenemistä ”Päätelaitteet siirretty”' }),
  ).toBeVisible();
});

test('drag a checkpoint later in time and up in percent', async ({ page }) => {
  const timeline = page.getByTestId('timeline');
  await timeline.evaluate((el) => (el.scrollTop = 750));
  const point = page
    .getByRole('button', { name: /^Päätelaitteet siirretty: 25 %/ })
    .locator('circle');
  await reveal(page, point);
  const [x, y] = await centreOf(point);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 7 * MONTH_PX_PER_DAY + 1, y - 5, { steps: 6 });
  await page.mouse.move(x + 7 * MONTH_PX_PER_DAY + 1, y - 5, { steps: 1 });
  await page.mouse.up();
  await expect(
    page.getByRole('button', { name: /^Päätelaitteet siirretty: 30 % 22\.8\.2022–15\.9\.2022/ }),
  ).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Siirtymän eteneminen' })).toHaveCount(0);
});

test('Ctrl+drag on empty space draws a new phase on that row', async ({ page }) => {
  const anchor = item(
    page,
    /^Hallinnolliset tehtävät, Tietojohtaminen: Valmis terveydenhuollon osalta/,
  );
  await reveal(page, anchor.locator('.shape'));
  const box = (await anchor.locator('.shape').boundingBox()) as { x: number; y: number };
  await page.keyboard.down('Control');
  await page.mouse.move(box.x - 150, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x - 150 + 28 * MONTH_PX_PER_DAY, box.y + 5, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Control');
  await expect(page.getByRole('heading', { name: 'Muokkaa kohdetta' })).toBeVisible();
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(
    item(page, /^Hallinnolliset tehtävät, Tietojohtaminen: Uusi vaihe, .*, suunniteltu$/),
  ).toBeAttached();
  await expect(page.getByRole('button', { name: '↶ Kumoa: lisää ”Uusi vaihe”' })).toBeVisible();
});

test.describe('in another time zone', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('a milestone dragged two weeks lands on exactly the date the label showed', async ({
    page,
  }) => {
    await dragMilestoneTwoWeeks(page);
    await expect(item(page, /Sopimusten kartoitus, 15\.4\.2022/)).toBeAttached();
  });
});
