import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { CANVAS_LIMITS } from '../../src/export/canvasDensity';
import { readPlanBytes } from '../../src/io/readPlanBytes';
import { serializePlanFile } from '../../src/io/planFile';
import { crc32 } from '../../src/io/pngText';
import { generatePlan } from '../factories/generatePlan';
import { openFresh, toLibrary } from './helpers';

/** The national roll-up of issue 18: 21 counties and Helsinki, 700 items each (15,400 items). */
const PLANS = 22;
const ITEMS = 700;
const META = { exportedAt: new Date('2026-11-30T10:00:00Z'), appVersion: '0.1.0' };
const files = () =>
  Array.from({ length: PLANS }, (_, i) => ({
    name: `alue-${i + 1}.tiekartta.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      serializePlanFile(
        {
          ...generatePlan({ items: ITEMS, seed: 100 + i }),
          title: `ICT-muutos Alue ${i + 1}`,
          organisation: `Alue ${i + 1}`,
        },
        META,
      ),
    ),
  }));

interface Chunk {
  type: string;
  data: Buffer;
}

/** The PNG's chunks, each one's CRC checked; throws on a broken file. */
function pngChunks(png: Buffer): Chunk[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
    chunks.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
    });
    at += 12 + length;
  }
  expect(chunks.at(-1)?.type).toBe('IEND');
  return chunks;
}

/** Width and height of a well-formed 8-bit RGBA PNG whose image data inflates to them in full. */
function pngSize(png: Buffer): { width: number; height: number } {
  const chunks = pngChunks(png);
  const header = chunks[0]!;
  expect(header.type).toBe('IHDR');
  const [width, height] = [header.data.readUInt32BE(0), header.data.readUInt32BE(4)];
  expect([header.data[8], header.data[9]]).toEqual([8, 6]);
  const pixels = inflateSync(
    Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)),
  );
  // Each row: a filter byte, then four bytes a pixel.
  expect(pixels.length).toBe(height * (1 + width * 4));
  return { width, height };
}

/** The share of the picture's pixels that are not white, from the picture decoded in Chromium. */
const inkShare = (page: Page, png: Buffer) =>
  page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(200, 2000);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0, 200, 2000);
    const data = context.getImageData(0, 0, 200, 2000).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! + data[i + 1]! + data[i + 2]! < 700) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));

test('the national roll-up of 22 plans of 700 items: no PNG too large to read, but a smaller one made less sharp, said so and carrying its plan', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openFresh(page);
  await toLibrary(page);
  await page.getByTestId('rollup-open').click();
  await page.getByTestId('rollup-files').setInputFiles(files());
  await expect(
    page.getByTestId('rollup-member').and(page.locator('[data-state="ok"]')),
  ).toHaveCount(PLANS, { timeout: 20_000 });
  let downloads = 0;
  page.on('download', () => downloads++);

  // 1,920 px wide and over 100,000 px tall: no legible PNG fits the browser's canvas. Said so in
  // Finnish, with the picture's size and what to do instead, and no file comes.
  const said = page.getByTestId('rollup-said');
  await page.getByRole('button', { name: 'Vie PNG-kuvana' }).click();
  await expect(said).toContainText(/^PNG-kuvaa ei tehty: kuva on 1\s920 × \d{3}\s\d{3} pikseliä/);
  await expect(said).toContainText('Tallenna se SVG-kuvana, tulosta se');
  await expect(said).not.toContainText(/encoding|canvas|Error/i);
  expect(downloads).toBe(0);

  // Nothing broke: narrowed to six plans, the PNG is made, less sharp than 2× to fit the canvas.
  const plans = page.getByTestId('rollup-filter-plan');
  await plans.locator('summary').click();
  for (let i = 1; i <= 6; i++)
    await plans.getByRole('checkbox', { name: `Alue ${i}`, exact: true }).check();
  await page.keyboard.press('Escape');
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie PNG-kuvana' }).click();
  const file = await pending;
  const png = await readFile((await file.path()) as string);
  const size = pngSize(png);
  expect(size.width).toBeLessThan(2 * 1920);
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(CANVAS_LIMITS.side);
  expect(size.width * size.height).toBeLessThanOrEqual(CANVAS_LIMITS.area);
  const digits = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
  await expect(said).toContainText(
    `pienemmällä tarkkuudella: ${digits(size.width)} × ${digits(size.height)} pikseliä`,
  );
  expect(await inkShare(page, png)).toBeGreaterThan(0.05);
  // It carries the roll-up of the six plans, which the import reads back as a plan.
  const read = readPlanBytes(png);
  expect(read.ok && read.plan.items.length).toBe(6 * ITEMS);
});
