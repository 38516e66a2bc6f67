import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test('presentation mode goes full screen, hides editing, steps lane by lane and leaves with Esc', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Esitä' }).click();
  const show = page.getByTestId('presentation');
  await expect(show).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null),
    )
    .toBe('presentation');
  await expect(page.getByRole('button', { name: /Kumoa/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vie tiedostoksi' })).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await expect(
    show.getByRole('img', {
      name: /^Tiekartta ICT-muutoksen tiekartta 2022, 1\.6\.2022–30\.11\.2022$/,
    }),
  ).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(show).toHaveAttribute('data-focus-lane', 'lane-hallinto');
  await expect(show.getByRole('status')).toHaveText('Kaista 1/6: Hallinnolliset tehtävät');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(show.getByRole('status')).toHaveText('Kaista 3/6: TOSI');
  await page.keyboard.press('PageUp');
  await expect(show).toHaveAttribute('data-focus-lane', 'lane-tori');
  await page.keyboard.press('Home');
  await expect(show.getByRole('status')).toHaveText('Kaikki kaistat');

  await page.getByRole('combobox', { name: 'Askella' }).selectOption('period');
  await page.getByTestId('presentation').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('status')).toHaveText('Jakso 1.12.2022–31.5.2023');

  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Esitä' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('presentation is read-only: nothing in it can be dragged or edited', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Esitä' }).click();
  const show = page.getByTestId('presentation');
  await expect(show.getByRole('img')).toBeVisible();
  await expect(show.locator('[data-item-id], [draggable="true"], textarea')).toHaveCount(0);
  await show.getByRole('button', { name: 'Seuraavat 12 kk' }).click();
  await expect(show.getByRole('img', { name: /1\.6\.2022–31\.5\.2023$/ })).toBeVisible();
});

test('the frame on screen saves as a 16:9 slide that carries the plan', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Esitä' }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna näkymä diaksi (PNG 16:9)' }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toBe('ICT-muutoksen tiekartta 2022-06-15-16x9-1.png');
  await expect(page.getByTestId('presentation')).toBeVisible();
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])
  test(`at ${size.width} × ${size.height} the whole county plan is presented on pages that fit the screen, labels at 12 px or more`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openFresh(page);
    await page.getByRole('button', { name: 'Esitä' }).click();
    const show = page.getByTestId('presentation');
    await show.getByRole('button', { name: 'Koko suunnitelma' }).click();
    const image = show.getByRole('img');
    await expect(image).toBeVisible();
    const measure = () =>
      show.evaluate((root) => {
        const stage = root.querySelector('.stage') as HTMLElement;
        const img = root.querySelector('img') as HTMLImageElement;
        const scale = img.clientWidth / Number(img.dataset.drawingWidth);
        return {
          overflow: stage.scrollHeight - stage.clientHeight,
          labelPx: Number(img.dataset.labelPx) * scale,
          page: stage.dataset.page ?? '1/1',
        };
      });
    const pages = new Set<string>();
    for (let lane = 0; lane <= 6; lane++) {
      await expect.poll(async () => (await measure()).overflow).toBeLessThanOrEqual(1);
      const m = await measure();
      console.log(
        `${size.width}×${size.height} step ${lane}: page ${m.page}, labels ${m.labelPx.toFixed(1)} px, over ${m.overflow}`,
      );
      expect(m.labelPx).toBeGreaterThanOrEqual(12);
      expect(m.overflow).toBeLessThanOrEqual(1);
      pages.add(m.page);
      await page.keyboard.press('ArrowDown');
    }
    // Stepping through the lanes walks every page.
    const count = Number([...pages][0]?.split('/')[1] ?? 1);
    expect(pages.size).toBe(count);
  });
