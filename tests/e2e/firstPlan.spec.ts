import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parsePlanText } from '../../src/io/parsePlanFile';
import { openFresh, toLibrary, withoutExportTime } from './helpers';

/** The plan as a file. */
async function fileText(page: Page): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  const file = await pending;
  return readFile((await file.path()) as string, 'utf8');
}
/** The plan as a file, without the export moment. */
const exported = async (page: Page) => withoutExportTime(await fileText(page));

const addMenu = (page: Page) => page.getByTestId('add-menu');
async function add(page: Page, what: string) {
  await addMenu(page).locator('summary').click();
  await addMenu(page).getByRole('button', { name: what, exact: true }).click();
}
const panel = (page: Page) => page.getByTestId('side-panel');
const items = (page: Page) => page.getByTestId('timeline').locator('[data-item-id]');

test('a new user builds a three-lane plan with a milestone, a phase and a meeting from visible controls only', async ({
  page,
}) => {
  await openFresh(page);
  await toLibrary(page);
  await page.getByRole('button', { name: 'Uusi tyhjä tiekartta' }).click();
  await expect(page.getByText('Suunnitelmassa ei ole vielä kaistoja.')).toBeVisible();

  for (const name of ['Hallinto', 'TORI', 'TOSI']) {
    await add(page, 'Kaista');
    // The new lane's name field has the focus, its text selected: typing replaces it.
    await expect(panel(page).getByRole('textbox', { name: 'Kaistan nimi' }).last()).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
  }
  await expect(page.getByTestId('lane-label')).toHaveCount(3);
  await expect(page.getByTestId('lane-hint')).toHaveCount(3);

  await add(page, 'Virstanpylväs');
  const label = panel(page).getByRole('textbox', { name: 'Nimi' });
  await expect(label).toBeFocused();
  await label.fill('Sopimukset siirretty');
  await panel(page).getByRole('textbox', { name: 'Päivä' }).fill('1.4.2027');
  await panel(page).getByRole('button', { name: 'Tallenna' }).click();

  await add(page, 'Vaihe');
  await expect(label).toBeFocused();
  await label.fill('Käyttöönotto');
  await panel(page).getByRole('textbox', { name: 'Alkaa' }).fill('1.5.2027');
  await panel(page).getByRole('textbox', { name: 'Päättyy' }).fill('30.6.2027');
  await panel(page).getByRole('button', { name: 'Tallenna' }).click();

  // The first save of a new item is one step, named as saved.
  await expect(page.getByRole('button', { name: /Kumoa: lisää ”Käyttöönotto”/ })).toBeVisible();

  await add(page, 'Ohjausryhmän kokous');
  await expect(panel(page).getByRole('textbox', { name: 'Nimi' })).toBeFocused();
  await page.keyboard.press('Escape');

  await expect(items(page)).toHaveCount(2);
  const file = parsePlanText(await fileText(page));
  expect(file.ok).toBe(true);
  if (!file.ok) return;
  expect(file.plan.lanes.map((lane) => lane.name)).toEqual(['Hallinto', 'TORI', 'TOSI']);
  expect(file.plan.items.map((item) => [item.type, item.label])).toEqual([
    ['milestone', 'Sopimukset siirretty'],
    ['phase', 'Käyttöönotto'],
  ]);
  expect(file.plan.items[0]).toMatchObject({ date: '2027-04-01' });
  expect(file.plan.items[1]).toMatchObject({ start: '2027-05-01', end: '2027-06-30' });
  expect(file.plan.markers.filter((marker) => marker.type === 'meeting')).toHaveLength(1);
});

test('a row\'s "+" shows on hover and focus, and cancelling the new item leaves the plan byte-identical', async ({
  page,
}) => {
  await openFresh(page);
  const before = await exported(page);
  const count = await items(page).count();
  const row = page.locator('.label-column .row').first();
  const plus = row.getByRole('button', { name: /^Lisää kohde riville/ });
  await expect(plus).toHaveCSS('opacity', '0');
  await row.hover();
  await expect(plus).toHaveCSS('opacity', '1');
  await plus.click();
  await expect(items(page)).toHaveCount(count + 1);
  await expect(panel(page).getByRole('textbox', { name: 'Nimi' })).toBeFocused();
  await panel(page).getByRole('button', { name: 'Peruuta' }).click();
  await expect(items(page)).toHaveCount(count);
  await expect(plus).toBeFocused();
  await expect(page.getByRole('button', { name: /^↷/ })).toBeDisabled();
  expect(await exported(page)).toBe(before);
});

test('deleting a row with items shows the count, and Kumoa brings back the very same file', async ({
  page,
}) => {
  await openFresh(page);
  const before = await exported(page);
  await page.locator('summary', { hasText: 'Muokkaa tiekarttaa' }).click();
  await page.getByRole('button', { name: 'Kaistat ja rivit…' }).click();
  await panel(page).getByRole('button', { name: 'Poista rivi Sopimukset' }).click();
  const toast = page.getByTestId('delete-toast');
  await expect(toast).toContainText(/Rivi ”Sopimukset” ja \d+ kohdetta poistettu/);
  await toast.getByRole('button', { name: 'Kumoa' }).click();
  await expect(toast).toBeHidden();
  expect(await exported(page)).toBe(before);
});

test('Esc closes each editor and the focus goes back to what opened it', async ({ page }) => {
  await openFresh(page);
  const first = items(page).first();
  await first.focus();
  await page.keyboard.press('Enter');
  const name = panel(page).getByRole('textbox', { name: 'Nimi' });
  await expect(name).toBeFocused();
  await page.keyboard.press('Escape');
  // The editor closes; the selected item's details stay beside the chart.
  await expect(name).toBeHidden();
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');

  const menu = page.locator('summary', { hasText: 'Muokkaa tiekarttaa' });
  for (const choice of ['Kaistat ja rivit…', 'Merkinnät…', 'Siirrä aikataulua…']) {
    await menu.click();
    await page.getByRole('button', { name: choice }).click();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(menu).toBeFocused();
  }

  // The plan's details are a dialog over the page; a track's editor opens from its checkpoint.
  const details = page.getByRole('button', { name: 'Muokkaa tietoja' });
  await details.click();
  await expect(page.getByRole('dialog', { name: 'Tiekartan tiedot' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' }).last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(details).toBeFocused();

  await page.getByTestId('timeline').evaluate((el) => (el.scrollTop = 750));
  const checkpoint = page.getByRole('button', { name: /^Päätelaitteet siirretty: 25 %/ });
  await checkpoint.click();
  await expect(panel(page).getByRole('heading', { name: 'Siirtymän eteneminen' })).toBeVisible();
  await expect(panel(page).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(checkpoint).toBeFocused();
});

test('the chart keeps its place and width when the side panel opens and closes', async ({
  page,
}) => {
  await openFresh(page);
  const chart = page.getByTestId('timeline');
  const before = await chart.boundingBox();
  await items(page).first().click();
  await expect(panel(page)).toBeVisible();
  expect(await chart.boundingBox()).toEqual(before);
  await panel(page).getByRole('button', { name: 'Muokkaa', exact: true }).click();
  await expect(panel(page).getByRole('textbox', { name: 'Nimi' })).toBeFocused();
  expect(await chart.boundingBox()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeVisible();
  expect(await chart.boundingBox()).toEqual(before);
});

test('an item tooltip near the chart edges stays whole inside the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFresh(page);
  const chart = page.getByTestId('timeline');
  const frame = (await chart.boundingBox()) as {
    x: number;
    y: number;
    width: number;
    height: number;
  };
  // The lowest and the rightmost items in view: the places where a tooltip below and to the
  // right of its item would be cut by the chart's edge.
  const inView = await items(page).evaluateAll(
    (nodes, box) =>
      nodes
        .map((node, index) => ({ index, rect: node.getBoundingClientRect() }))
        .filter(
          ({ rect }) =>
            rect.width > 0 &&
            rect.bottom < box.y + box.height - 4 &&
            rect.top > box.y + 90 &&
            rect.right < box.x + box.width - 4 &&
            rect.left > box.x + 280,
        ),
    frame,
  );
  const lowest = inView.reduce((a, b) => (b.rect.bottom > a.rect.bottom ? b : a));
  const rightmost = inView.reduce((a, b) => (b.rect.right > a.rect.right ? b : a));
  for (const { index } of [lowest, rightmost]) {
    await items(page).nth(index).hover();
    const tip = page.getByTestId('tooltip');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox()) as typeof frame;
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
  }
});
