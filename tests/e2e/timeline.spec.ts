import { expect, test } from '@playwright/test';
import { generatePlan } from '../factories/generatePlan';
import { serializePlanFile } from '../../src/io/planFile';
import { openFresh, toLibrary } from './helpers';

test('the sample plan shows its lanes, rows, transition percentages and kesätauko', async ({
  page,
}) => {
  await openFresh(page);
  const timeline = page.getByTestId('timeline');
  await expect(page.getByTestId('lane-label')).toHaveCount(6);
  await expect(timeline.getByText('KESÄTAUKO')).toBeVisible();
  await expect(timeline.getByText('Sopimukset', { exact: true })).toBeVisible();
  // Rows below the fold are not drawn until scrolled to.
  await expect(timeline.getByText('Päätelaitteet', { exact: true })).toHaveCount(0);
  await timeline.evaluate((el) => (el.scrollTop = 750));
  await expect(timeline.getByText('Päätelaitteet', { exact: true })).toBeVisible();
  for (const percent of ['5 %', '25 %', '80 %'])
    await expect(timeline.getByText(percent, { exact: true })).toBeVisible();
  await expect(timeline.locator('rect.blackout')).toHaveCount(1);
});

test('zooming to weeks shows ISO week numbers that start on Monday', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Viikot' }).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-px-per-day', '20');
  await timeline.evaluate((el) => (el.scrollLeft = 0));
  // The range starts on 1.11.2021, a Monday of week 44.
  await expect(timeline.getByText('vk 44', { exact: true })).toBeVisible();
  await expect(timeline.getByText('vk 45', { exact: true })).toBeVisible();
  const [w44, w45] = await Promise.all(
    ['vk 44', 'vk 45'].map((w) => timeline.getByText(w, { exact: true }).boundingBox()),
  );
  expect(Math.round((w45?.x ?? 0) - (w44?.x ?? 0))).toBe(7 * 20);
});

test('the first Tab stop is the skip link, and it takes focus to the first item of the chart', async ({
  page,
}) => {
  await openFresh(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Siirry tiekarttaan' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const first = page.getByTestId('timeline').locator('[data-item-id][tabindex="0"]').first();
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
});

test('keyboard focus reaches items in lane, row and time order with their names', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lähennä (+)' }).focus();
  const names: string[] = [];
  for (let i = 0; i < 60 && names.length < 3; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? '',
    );
    if (name.startsWith('Hallinnolliset tehtävät, Sopimukset:')) names.push(name);
  }
  expect(names).toEqual([
    'Hallinnolliset tehtävät, Sopimukset: Sopimusten kartoitus, 1.4.2022, valmis',
    'Hallinnolliset tehtävät, Sopimukset: ICT-sopimukset valtuustoon, 1.8.2022, suunniteltu',
    'Hallinnolliset tehtävät, Sopimukset: Isot sopimukset analysoitu ja neuvoteltu (80 % arvosta), 30.9.2022, suunniteltu',
  ]);
  await expect(page.getByRole('tooltip')).toContainText('Isot sopimukset analysoitu');
});

test('a generated 5,000-item plan opens and scrolls, drawing only what is in view', async ({
  page,
}) => {
  const text = serializePlanFile(generatePlan({ items: 5000 }), {
    exportedAt: new Date(),
    appVersion: 'test',
  });
  await openFresh(page);
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'kansallinen.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const timeline = page.getByTestId('timeline');
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    'Generoitu tiekartta (5000 kohdetta)',
  );
  await page.getByRole('button', { name: 'Kuukaudet' }).click();
  const drawn = () => timeline.locator('[data-item-id]').count();
  const before = await drawn();
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(1000);
  const firstId = await timeline.locator('[data-item-id]').first().getAttribute('data-item-id');
  await timeline.evaluate((el) => el.scrollBy(3000, 2000));
  await expect
    .poll(async () => timeline.locator('[data-item-id]').first().getAttribute('data-item-id'))
    .not.toBe(firstId);
  expect(await drawn()).toBeLessThan(1000);
});

test('Ctrl+wheel zooms around the pointer, and the zoom and position survive a reload', async ({
  page,
}) => {
  await openFresh(page);
  const timeline = page.getByTestId('timeline');
  await page.getByRole('button', { name: 'Kuukaudet' }).click();
  await timeline.evaluate((el) => (el.scrollLeft = 600));
  const box = (await timeline.boundingBox()) as { x: number; y: number };
  const anchor = 500;
  const dayUnderPointer = () =>
    timeline.evaluate(
      (el, a) => (el.scrollLeft + a) / Number((el as HTMLElement).dataset.pxPerDay),
      anchor,
    );
  const before = await dayUnderPointer();
  await page.mouse.move(box.x + 280 + anchor, box.y + 200);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect
    .poll(async () => Number(await timeline.getAttribute('data-px-per-day')))
    .toBeGreaterThan(4);
  expect(Math.abs((await dayUnderPointer()) - before)).toBeLessThan(1);

  const px = await timeline.getAttribute('data-px-per-day');
  const left = await timeline.evaluate((el) => el.scrollLeft);
  await page.waitForTimeout(600);
  await page.reload();
  await expect(timeline).toHaveAttribute('data-px-per-day', px as string);
  await expect.poll(() => timeline.evaluate((el) => el.scrollLeft)).toBeCloseTo(left, -1);
});

test('a wheel zoom scales the drawn chart while it lasts, then lays it out once', async ({
  page,
}) => {
  await openFresh(page);
  const timeline = page.getByTestId('timeline');
  await page.getByRole('button', { name: 'Kuukaudet' }).click();
  const body = timeline.getByRole('group', { name: 'Tiekartta aikajanalla' });
  const transform = () => body.evaluate((el) => (el as SVGElement).style.transform);
  // Every transform the drawing is given, as it is given.
  await body.evaluate((el) => {
    const seen: string[] = [];
    new MutationObserver(() => seen.push((el as SVGElement).style.transform)).observe(el, {
      attributeFilter: ['style'],
    });
    Object.assign(window, { __transforms: seen });
  });
  const box = (await timeline.boundingBox()) as { x: number; y: number };
  await page.mouse.move(box.x + 700, box.y + 200);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -120);
  await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
  const seen = () =>
    page.evaluate(() => (window as unknown as { __transforms: string[] }).__transforms);
  await expect.poll(async () => (await seen()).some((t) => /scaleX\(1\.\d+\)/.test(t))).toBe(true);
  await expect.poll(transform).toBe('');
  // Laid out once, at the end: the preview's transforms, then none.
  expect((await seen()).at(-1)).toBe('');
  expect(Number(await timeline.getAttribute('data-px-per-day'))).toBeGreaterThan(4);
});

test('a key zoom during a wheel gesture first lays out what the gesture previewed', async ({
  page,
}) => {
  await openFresh(page);
  const timeline = page.getByTestId('timeline');
  await page.getByRole('button', { name: 'Kuukaudet' }).click();
  const body = timeline.getByRole('group', { name: 'Tiekartta aikajanalla' });
  // Each new zoom laid out, with the preview's transform still on the drawing at that moment.
  await timeline.evaluate(
    (el, svg) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push((svg as SVGElement).style.transform)).observe(el, {
        attributeFilter: ['data-px-per-day'],
      });
      Object.assign(window, { __atLayout: seen });
    },
    await body.elementHandle(),
  );
  const months = Number(await timeline.getAttribute('data-px-per-day'));
  const box = (await timeline.boundingBox()) as { x: number; y: number };
  await page.mouse.move(box.x + 700, box.y + 200);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
  await page.keyboard.press('+');
  const atLayout = () =>
    page.evaluate(() => (window as unknown as { __atLayout: string[] }).__atLayout);
  await expect.poll(async () => (await atLayout()).length).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(300);
  expect(await atLayout()).toEqual(['', '']);
  expect(Number(await timeline.getAttribute('data-px-per-day'))).toBeGreaterThan(months * 1.2);
});

test('header labels sit at the start of their cells at every zoom, not at the far end', async ({
  page,
}) => {
  await openFresh(page);
  const timeline = page.getByTestId('timeline');
  for (const zoom of ['Viikot', 'Kuukaudet', 'Neljännekset', 'Vuodet']) {
    await page.getByRole('button', { name: zoom, exact: true }).click();
    await timeline.evaluate((el) => (el.scrollLeft = 300));
    // The header follows the scroll on the next frame.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const offsets = await timeline.evaluate((el) => {
      const column = el.querySelector('.corner')?.getBoundingClientRect().right ?? 0;
      const view = el.getBoundingClientRect();
      const header = '[data-testid="time-header"]';
      const lines = [...el.querySelectorAll(`${header} line`)].map((line) => ({
        row: Number(line.getAttribute('y1')),
        left: line.getBoundingClientRect().left,
      }));
      return [...el.querySelectorAll(`${header} text[data-tick]`)].flatMap((label) => {
        const box = label.getBoundingClientRect();
        const row = Number(label.getAttribute('y')) - 12;
        // Labels wholly in view, right of the sticky name column: offset from their cell's line.
        const line = lines.filter((l) => l.row === row && l.left <= box.left).at(-1);
        if (!line || line.left < column || box.right > view.right) return [];
        return [Math.round(box.left - line.left)];
      });
    });
    expect(offsets.length, zoom).toBeGreaterThan(1);
    for (const offset of offsets) expect(offset, zoom).toBeLessThanOrEqual(6);
  }
});
