import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers';

const MM = 96 / 25.4;

/** Every page's box has the sheet's size, and its header, picture and footer lie inside it. */
async function checkPages(
  page: Page,
  sheet: { width: number; height: number },
  timeSlices: number,
) {
  const pages = page.getByTestId('print-page');
  await expect(pages.first()).toBeVisible();
  const expectedPages = await pages.count();
  expect(expectedPages).toBeGreaterThanOrEqual(timeSlices);
  for (let i = 0; i < expectedPages; i++) {
    const current = pages.nth(i);
    await expect(current.getByRole('img')).toBeVisible();
    await expect
      .poll(() =>
        current
          .getByRole('img')
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
    const box = (await current.boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    expect(Math.abs(box.width - sheet.width * MM)).toBeLessThan(2);
    expect(Math.abs(box.height - sheet.height * MM)).toBeLessThan(2);
    for (const part of [
      current.locator('header'),
      current.getByRole('img'),
      current.locator('footer'),
    ]) {
      const inner = (await part.boundingBox()) as {
        x: number;
        y: number;
        width: number;
        height: number;
      };
      expect(inner.x).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(inner.y).toBeGreaterThanOrEqual(box.y - 0.5);
      expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    }
    await expect(current.locator('footer')).toContainText(`Sivu ${i + 1}/${expectedPages}`);
    await expect(current.locator('header')).toContainText('JULKINEN');
  }
}

test('the print view lays the sample plan on A4 and A3 landscape without clipping', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Tulosta / PDF…' }).click();
  await page.emulateMedia({ media: 'print' });
  await checkPages(page, { width: 297, height: 210 }, 1);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('combobox', { name: 'Paperi' }).selectOption('a3');
  await page.emulateMedia({ media: 'print' });
  await checkPages(page, { width: 420, height: 297 }, 1);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('combobox', { name: 'Asettelu' }).selectOption('fit');
  await page.emulateMedia({ media: 'print' });
  await checkPages(page, { width: 420, height: 297 }, 1);
});

test('the print view prints to a PDF with one sheet per page', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Tulosta / PDF…' }).click();
  await expect(page.getByTestId('print-page').first()).toBeVisible();
  const count = await page.getByTestId('print-page').count();
  expect(count).toBeGreaterThanOrEqual(1);
  await expect
    .poll(() =>
      page
        .getByTestId('print-page')
        .last()
        .getByRole('img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(sheets).toHaveLength(count);
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 84[12]\.\d+ 59[45]\.\d+\s*\]/);
});
