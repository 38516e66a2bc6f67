import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Dependency, Plan } from '../../src/domain/planSchema';
import { centreOf } from './centreOf';
import { openFresh, SAMPLE_TEXT, toLibrary, withoutExportTime } from './helpers';

/** The sample with links, as a file: kartoitus → valtuustoon holds, hännät → valtuustoon is broken. */
function sampleWith(dependencies: Dependency[]): string {
  const envelope = JSON.parse(SAMPLE_TEXT) as { plan: Plan };
  envelope.plan = { ...envelope.plan, title: 'Riippuvuudet', dependencies };
  return JSON.stringify(envelope, null, 2);
}
const link = (id: string, from: string, to: string): Dependency => ({
  id,
  from,
  to,
  kind: 'finishToStart',
});

async function importText(page: Page, text: string) {
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'riippuvuudet.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** A fresh start, then the sample with these links imported and open. */
async function openWithLinks(page: Page, links: Dependency[]) {
  await openFresh(page);
  await importText(page, sampleWith(links));
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue('Riippuvuudet');
}

test('links are drawn as arrows on screen, a broken one in the warning style', async ({ page }) => {
  await openWithLinks(page, [link('d1', 'm-001', 'm-002'), link('d2', 'p-004', 'm-002')]);
  await page.getByRole('button', { name: 'Koko suunnitelma' }).click();
  const layer = page.getByTestId('dependency-layer');
  await expect(layer.locator('[data-dependency]')).toHaveCount(2);
  await expect(layer.locator('[data-broken="true"]')).toHaveCount(1);
  await expect(layer.locator('[data-dependency="d2"]')).toHaveAttribute('data-broken', 'true');
});

test('an item is linked with the keyboard alone, and the link can be undone', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Koko suunnitelma' }).click();
  const item = page.locator('[data-item-id="m-002"]').first();
  await item.focus();
  await page.keyboard.press('Space');
  const picker = page.getByRole('combobox', { name: 'Lisää edeltäjä' });
  await picker.focus();
  await page.keyboard.type('kartoitus');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dependency')).toHaveText([/Sopimusten kartoitus/]);
  await expect(page.getByTestId('dependency-layer').locator('[data-dependency]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Kumoa/ }).click();
  await expect(page.getByTestId('dependency-layer')).toHaveCount(0);
});

test('a file whose links run in a circle is refused with the names of the items', async ({
  page,
}) => {
  await openFresh(page);
  await importText(page, sampleWith([link('d1', 'm-001', 'm-002'), link('d2', 'm-002', 'm-001')]));
  await expect(page.getByRole('alert')).toContainText(
    'riippuvuudet kulkevat kehässä: ”Sopimusten kartoitus” → ”ICT-sopimukset valtuustoon” → ”Sopimusten kartoitus”',
  );
});

test('dragging a predecessor past its successor warns on the way, then on screen and in the SVG', async ({
  page,
}) => {
  await openWithLinks(page, [link('d1', 'm-001', 'm-002')]);
  const layer = page.getByTestId('dependency-layer');
  await expect(layer.locator('[data-dependency="d1"]')).not.toHaveAttribute('data-broken', 'true');
  const timeline = page.getByTestId('timeline');
  const pxPerDay = Number(await timeline.getAttribute('data-px-per-day'));
  const mark = page.locator('[data-item-id="m-001"] .shape');
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox()) as { x: number; y: number; width: number; height: number };
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40 * pxPerDay, y, { steps: 5 });
  await page.mouse.move(x + 150 * pxPerDay, y, { steps: 10 });
  await expect(page.getByTestId('drag-label')).toContainText(
    'rikkoo riippuvuuden: ICT-sopimukset valtuustoon',
  );
  await page.mouse.up();

  await expect(layer.locator('[data-dependency="d1"]')).toHaveAttribute('data-broken', 'true');
  for (const id of ['m-001', 'm-002'])
    await expect(page.locator(`[data-item-id="${id}"]`)).toHaveAttribute('data-broken', 'true');

  const pending = page.waitForEvent('download');
  await page.getByText('Vie kuvana…').click();
  await page.getByRole('button', { name: /^SVG-kuva/ }).click();
  const svg = await readFile((await (await pending).path()) as string, 'utf8');
  const marked = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const broken = (selector: string) =>
      [...doc.querySelectorAll(selector)].map((e) => e.getAttribute('data-broken'));
    return {
      link: broken('[data-dependency="d1"]'),
      items: broken('[data-item-mark="m-001"], [data-item-mark="m-002"]'),
    };
  }, svg);
  expect(marked).toEqual({ link: ['true'], items: ['true', 'true'] });
});

test('the broken links are one click away, and the chart can show only the selected item’s links', async ({
  page,
}) => {
  await openWithLinks(page, [link('d1', 'm-001', 'm-002'), link('d2', 'p-004', 'm-002')]);
  await expect(page.getByTestId('link-bar')).toContainText('Riippuvuuksia: 2');
  await page.getByRole('button', { name: 'Rikkoutuneet riippuvuudet (1)' }).click();
  const list = page.getByTestId('broken-links');
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list).toContainText('→ ”ICT-sopimukset valtuustoon” alkaa 1.8.2022');
  await list
    .getByRole('button', { name: 'Näytä ”ICT-sopimukset valtuustoon” aikajanalla' })
    .click();
  await expect(page.locator('[data-item-id="m-002"]')).toHaveAttribute('aria-pressed', 'true');

  const arrows = page.getByTestId('dependency-layer').locator('[data-dependency]');
  await expect(arrows).toHaveCount(2);
  await page.getByLabel('Vain valitun kohteen riippuvuudet').check();
  await expect(arrows).toHaveCount(2);
  await page.locator('[data-item-id="m-001"]').click();
  await expect(arrows).toHaveCount(1);
  await expect(arrows).toHaveAttribute('data-dependency', 'd1');
});

test('two items in different lanes are linked by dragging from the link handle, and undone', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Koko suunnitelma' }).click();
  const from = page.locator('[data-item-id="m-001"]');
  await from.click();
  const handle = from.locator('[data-handle="link"]');
  const [hx, hy] = await centreOf(handle);
  const [tx, ty] = await centreOf(page.locator('[data-item-id="p-020"] .shape'));
  await page.mouse.move(hx, hy);
  await page.mouse.down();
  await page.mouse.move((hx + tx) / 2, (hy + ty) / 2, { steps: 5 });
  await expect(page.getByTestId('link-draft')).toBeVisible();
  await page.mouse.move(tx, ty, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('link-draft')).toHaveCount(0);
  const arrows = page.getByTestId('dependency-layer').locator('[data-dependency]');
  await expect(arrows).toHaveCount(1);
  await page.locator('[data-item-id="p-020"]').click();
  await expect(page.getByTestId('dependency')).toHaveText([/Sopimusten kartoitus/]);
  await page.getByRole('button', { name: /Kumoa/ }).click();
  await expect(page.getByTestId('dependency-layer')).toHaveCount(0);
});

test('Shift held as a moved item is dropped takes its dependent items along, and undo restores the file byte for byte', async ({
  page,
}) => {
  await openWithLinks(page, [link('d1', 'm-001', 'm-002'), link('d2', 'm-002', 'p-004')]);
  const before = await exportedPlan(page);
  const pxPerDay = Number(await page.getByTestId('timeline').getAttribute('data-px-per-day'));
  const mark = page.locator('[data-item-id="m-001"] .shape');
  await mark.scrollIntoViewIfNeeded();
  const [x, y] = await centreOf(mark);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10 * pxPerDay, y, { steps: 5 });
  await page.mouse.move(x + 21 * pxPerDay, y, { steps: 5 });
  await page.keyboard.down('Shift');
  await page.mouse.up();
  await page.keyboard.up('Shift');

  const dayOf = (text: string, id: string) => {
    const item = (JSON.parse(text) as { plan: Plan }).plan.items.find((i) => i.id === id);
    const date = item?.type === 'milestone' ? item.date : item?.start;
    return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  };
  await expect
    .poll(async () => dayOf(await exportedPlan(page), 'm-001'))
    .not.toBe(dayOf(before, 'm-001'));
  const after = await exportedPlan(page);
  const shift = dayOf(after, 'm-001') - dayOf(before, 'm-001');
  expect(shift).toBeGreaterThan(0);
  for (const id of ['m-002', 'p-004']) expect(dayOf(after, id) - dayOf(before, id)).toBe(shift);

  await page.getByRole('button', { name: /Kumoa/ }).click();
  expect(await exportedPlan(page)).toBe(before);
});

/** The open plan as "Vie tiedostoksi" writes it, without the export moment. */
async function exportedPlan(page: Page): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  const text = await readFile((await (await pending).path()) as string, 'utf8');
  return withoutExportTime(text);
}

test('an arrow chosen on the chart shows its link, whose kind is changed and which is removed', async ({
  page,
}) => {
  await openWithLinks(page, [link('d1', 'm-001', 'm-002'), link('d2', 'p-004', 'm-002')]);
  const hit = page.locator('[data-link-hit="d2"]');
  await hit.scrollIntoViewIfNeeded();
  const [x, y] = await hit.evaluate((path: SVGPathElement) => {
    const point = path.getPointAtLength(path.getTotalLength() / 2);
    const at = point.matrixTransform(path.getScreenCTM() as DOMMatrix);
    return [at.x, at.y];
  });
  await page.mouse.click(x, y);
  const editor = page.getByTestId('link-editor');
  await expect(editor).toContainText('Sopimusten hännät');
  await expect(editor).toContainText('rikkoo riippuvuuden');
  const kind = editor.getByRole('combobox');
  await kind.selectOption('startToStart');
  await expect(kind).toHaveValue('startToStart');
  await editor.getByRole('button', { name: /^Poista riippuvuus/ }).click();
  const arrows = page.getByTestId('dependency-layer').locator('[data-dependency]');
  await expect(arrows).toHaveCount(1);
  await expect(editor).toHaveCount(0);
  await page.getByRole('button', { name: /Kumoa/ }).click();
  await expect(arrows).toHaveCount(2);
});
