import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { itemCaption } from '../../src/i18n/itemText';
import { noBreakAmounts } from '../../src/layout/noBreakAmounts';
import { parsePlanText } from '../../src/io/parsePlanFile';
import { openFresh, SAMPLE_TEXT, toLibrary, withoutExportTime } from './helpers';

const SAMPLE = (() => {
  const parsed = parsePlanText(SAMPLE_TEXT);
  if (!parsed.ok) throw new Error('sample');
  return parsed.plan;
})();

/** The next download (named as `named` says, when given: a slide deck saves several files). */
async function download(
  page: Page,
  click: () => Promise<void>,
  named?: RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download', {
    predicate: (file) => !named || named.test(file.suggestedFilename()),
  });
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

const exportPicture = (page: Page, label: RegExp, named?: RegExp) =>
  download(
    page,
    async () => {
      await page.getByText('Vie kuvana…').click();
      await page.getByRole('button', { name: label }).click();
    },
    named,
  );

const exportJson = async (page: Page) =>
  withoutExportTime(
    (
      await download(page, () => page.getByRole('button', { name: 'Vie tiedostoksi' }).click())
    ).bytes.toString('utf8'),
  );

async function importBack(page: Page, name: string, bytes: Buffer, mimeType: string) {
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({ name, mimeType, buffer: bytes });
  await expect(
    page.getByRole('status').filter({ hasText: 'avattiin uutena tiekarttana' }),
  ).toBeVisible();
}

test('the SVG export parses as XML, holds every item label as text and no script, and imports back', async ({
  page,
}) => {
  await openFresh(page);
  const original = await exportJson(page);
  const svg = await exportPicture(page, /^SVG-kuva/);
  expect(svg.name).toBe('ICT-muutoksen tiekartta 2022-06-15.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((n) => n.textContent ?? ''),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      handlers: [...doc.querySelectorAll('*')]
        .flatMap((n) => [...n.attributes])
        .filter((a) => a.name.startsWith('on')).length,
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect([parsed.scripts, parsed.handlers]).toEqual([0, 0]);
  for (const item of SAMPLE.items)
    expect(parsed.texts).toContain(noBreakAmounts(itemCaption(item, 'fi')));
  await importBack(page, svg.name, svg.bytes, 'image/svg+xml');
  expect(await exportJson(page)).toBe(original);
});

test('the PNG export decodes at 2×, and the plan inside it imports back identical', async ({
  page,
}) => {
  await openFresh(page);
  const original = await exportJson(page);
  const png = await exportPicture(page, /^PNG-kuva/);
  expect(png.name).toBe('ICT-muutoksen tiekartta 2022-06-15.png');
  const size = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, png.bytes.toString('base64'));
  expect(size[0]).toBeGreaterThan(3000);
  expect((size[0] ?? 1) % 2).toBe(0);
  await importBack(page, png.name, png.bytes, 'image/png');
  expect(await exportJson(page)).toBe(original);
});

test('the 16:9 slide is 1920×1080 and carries the plan too', async ({ page }) => {
  await openFresh(page);
  const slide = await exportPicture(page, /^PNG-dia 16:9$/);
  expect(slide.name).toBe('ICT-muutoksen tiekartta 2022-06-15-16x9-1.png');
  expect([slide.bytes.readUInt32BE(16), slide.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
  expect(slide.bytes.includes(Buffer.from('tiekartta-plan'))).toBe(true);
  // For a projector or print at twice the resolution, offered in the same menu.
  // The first deck's later slides may still be arriving: the 2× deck's first file is the one.
  const sharp = await exportPicture(page, /^PNG-dia 16:9, 2×/, /-16x9-2x-1\.png$/);
  expect([sharp.bytes.readUInt32BE(16), sharp.bytes.readUInt32BE(20)]).toEqual([3840, 2160]);
});

test('a Luottamuksellinen plan asks before any export, and a "no" exports nothing', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  await page.getByRole('combobox', { name: 'Luokitus' }).selectOption('confidential');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  let downloads = 0;
  page.on('download', () => downloads++);
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('LUOTTAMUKSELLISEKSI');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByText('Vie kuvana…').click();
  await page.getByRole('button', { name: /^PNG-kuva/ }).click();
  await page.waitForTimeout(300);
  expect(downloads).toBe(0);
  page.once('dialog', (dialog) => void dialog.accept());
  const svg = await exportPicture(page, /^SVG-kuva/);
  expect(svg.bytes.toString('utf8')).toContain('>LUOTTAMUKSELLINEN<');
});

test('Jaa gives the PNG that carries the plan and a prepared email that says how to open it', async ({
  page,
}) => {
  await openFresh(page);
  const shared = await download(page, () =>
    page.getByRole('button', { name: 'Jaa sähköpostilla…' }).click(),
  );
  expect(shared.name).toBe('ICT-muutoksen tiekartta 2022-06-15.png');
  expect(shared.bytes.includes(Buffer.from('tiekartta-plan'))).toBe(true);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Liite ”ICT-muutoksen tiekartta 2022-06-15.png” on ladattu' }),
  ).toBeVisible();
  const mailto = (await page
    .getByRole('link', { name: 'Avaa sähköpostiviesti' })
    .getAttribute('href')) as string;
  expect(mailto.startsWith('mailto:?subject=')).toBe(true);
  expect(decodeURIComponent(mailto)).toContain(
    'Tiekartta: ICT-muutoksen tiekartta 2022 (tilanne 15.6.2022)',
  );
  expect(decodeURIComponent(mailto)).toContain('avaa kuva Tiekartta-sovelluksessa');
});
