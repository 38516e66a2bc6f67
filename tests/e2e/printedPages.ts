import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The print view's sheets, once every sheet's picture is drawn; resolves to how many. */
export async function drawnSheets(page: Page): Promise<number> {
  const sheets = page.getByTestId('print-page');
  await expect(sheets.first()).toBeVisible();
  const count = await sheets.count();
  for (let i = 0; i < count; i++)
    await expect
      .poll(() =>
        sheets
          .nth(i)
          .getByRole('img')
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
  return count;
}

/** The text of each page of the print view printed to PDF (`pdftotext -layout`). */
export async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = join(mkdtempSync(join(tmpdir(), 'tiekartta-print-')), 'printed.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1);
}
