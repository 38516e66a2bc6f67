import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { openWithParts } from './partsPlan';

/**
 * The Riskit and Rahoitus pages fill the slide, legibly, on the screens a meeting room has and in
 * the saved slide: measured on the page as drawn, and on the PNG's pixels.
 */

// The test reads the presented page's SVG back from its blob: URL, which the app's CSP keeps from
// fetch(); the app itself never fetches.
test.use({ bypassCSP: true });

interface Measure {
  /** The body's extent over the page's width and height. */
  width: number;
  height: number;
  /** The body's smallest text, in px of the screen it is shown on. */
  smallestOnScreen: number;
  /** The same in px of the 1920 px drawing. */
  smallestDrawn: number;
}

/** The presented page's SVG laid out in the browser, its body measured with real fonts. */
function measurePresented(page: Page): Promise<Measure> {
  return page
    .getByTestId('presentation')
    .locator('img')
    .evaluate(async (img: HTMLImageElement) => {
      const text = await (await fetch(img.src)).text();
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      const holder = document.createElement('div');
      holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
      holder.append(document.importNode(svg, true));
      document.body.append(holder);
      const drawn = holder.querySelector('svg') as SVGSVGElement;
      const body = drawn.querySelector('[data-part-body]') as SVGGElement;
      const box = body.getBBox();
      const width = Number(drawn.getAttribute('width'));
      const height = Number(drawn.getAttribute('height'));
      const fonts = [...body.querySelectorAll('text')].map((t) =>
        Number(t.getAttribute('font-size')),
      );
      holder.remove();
      const smallestDrawn = Math.min(...fonts);
      return {
        width: box.width / width,
        height: box.height / height,
        smallestDrawn,
        smallestOnScreen: (smallestDrawn * img.getBoundingClientRect().width) / width,
      };
    });
}

/** The share of a PNG's width and height that its inked pixels below the title block span. */
function measurePng(page: Page, bytes: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const { data: pixels, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    // The title block (title, subtitle, classification) takes the top tenth; the body is below.
    const below = Math.round(height * 0.12);
    let left = width;
    let right = -1;
    let top = height;
    let bottom = -1;
    for (let y = below; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) > 720) continue;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    return { width: (right - left) / width, height: (bottom - top) / height };
  }, bytes.toString('base64'));
}

for (const [screenWidth, screenHeight] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`the Riskit and Rahoitus pages fill the stage at ${screenWidth} × ${screenHeight}, and their slides fill 16:9`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: screenWidth, height: screenHeight });
    await openWithParts(page);
    await page.getByRole('button', { name: 'Esitä' }).click();
    const show = page.getByTestId('presentation');
    await expect(show).toBeVisible();
    for (const part of ['risks', 'funding'] as const) {
      while ((await show.getAttribute('data-part')) !== part) await page.keyboard.press('PageDown');
      const measured = await measurePresented(page);
      expect(measured.width, `${part} body width`).toBeGreaterThanOrEqual(0.8);
      expect(measured.height, `${part} body height`).toBeGreaterThanOrEqual(0.5);
      expect(measured.smallestOnScreen, `${part} smallest text`).toBeGreaterThanOrEqual(12);
      if (screenWidth === 1920) expect(measured.smallestDrawn).toBeGreaterThanOrEqual(18);

      const pending = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tallenna näkymä diaksi (PNG 16:9)' }).click();
      const bytes = await readFile((await (await pending).path()) as string);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
      await writeFile(testInfo.outputPath(`${part}-${screenWidth}.png`), bytes);
      const inked = await measurePng(page, bytes);
      expect(inked.width, `${part} slide width`).toBeGreaterThanOrEqual(0.8);
      expect(inked.height, `${part} slide height`).toBeGreaterThanOrEqual(0.5);
    }
  });
}
