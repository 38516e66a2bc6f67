import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Item } from '../../src/domain/planSchema';
import { itemCaption } from '../../src/i18n/itemText';
import { noBreakAmounts } from '../../src/layout/noBreakAmounts';
import { openFresh } from './helpers';
import { drawnSheets, printedPages } from './printedPages';
import { openSample, SAMPLES } from './samples';

interface Box {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontPx: number;
}

async function download(page: Page, label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByText('Vie kuvana…').click();
  await page.getByRole('button', { name: label }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

/** Every item label of an SVG picture laid out by Chromium at the picture's own size. */
async function labelBoxes(page: Page, svg: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  return page.evaluate(() => {
    const root = document.querySelector('svg') as SVGSVGElement;
    const frame = root.getBoundingClientRect();
    const boxes = [...root.querySelectorAll<SVGTextElement>('text[data-item-label]')].map(
      (node) => {
        const r = node.getBoundingClientRect();
        const id = node.getAttribute('data-item-label') ?? '';
        const mark = root.querySelector(`[data-item-mark="${CSS.escape(id)}"]`);
        const m = mark?.getBoundingClientRect();
        // How far the label stands off its own bar or diamond: 0 inside it.
        const gap = !m
          ? Infinity
          : r.left >= m.right - 1
            ? r.left - m.right
            : r.right <= m.left + 1
              ? m.left - r.right
              : 0;
        return {
          id,
          gap,
          text: node.textContent ?? '',
          x: r.x - frame.x,
          y: r.y - frame.y,
          width: r.width,
          height: r.height,
          fontPx: parseFloat(getComputedStyle(node).fontSize),
        };
      },
    );
    return { boxes, width: frame.width, height: frame.height };
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

for (const sample of SAMPLES) {
  test(`the ${sample.name} sample's SVG has every label whole or shortened at a word, none overlapping, outside or under 12 px`, async ({
    page,
  }) => {
    await openFresh(page);
    await openSample(page, sample.menu);
    const { bytes } = await download(page, /^SVG-kuva/);
    const { boxes, width, height } = await labelBoxes(page, bytes.toString('utf8'));
    expect(width).toBe(1920);
    const inWindow = sample.plan.items.filter((item) => {
      const [start, end] =
        item.type === 'milestone' ? [item.date, item.date] : [item.start, item.end];
      return end >= sample.plan.window.start && start <= sample.plan.window.end;
    });
    const collapsed = new Set(
      sample.plan.lanes.filter((l) => l.collapsed).flatMap((l) => l.rows.map((r) => r.id)),
    );
    const labelled = inWindow.filter((item) => !collapsed.has(item.rowId));
    expect(new Set(boxes.map((b) => b.id))).toEqual(new Set(labelled.map((i) => i.id)));
    for (const box of boxes) {
      const item = labelled.find((i) => i.id === box.id);
      // As drawn: amounts keep their no-break spaces ("80 %").
      const caption = noBreakAmounts(itemCaption(item as Item, 'fi'));
      const prefix = box.text.slice(0, -1);
      const atWord =
        box.text.endsWith('…') &&
        caption.startsWith(prefix) &&
        (caption[prefix.length] === ' ' || prefix.endsWith('-'));
      expect(box.text === caption || atWord, box.text).toBe(true);
      expect(box.fontPx, box.text).toBeGreaterThanOrEqual(12);
      // Beside its mark, not floating away from it (an estimate of text width too wide did that).
      expect(box.gap, box.text).toBeLessThanOrEqual(box.fontPx);
      expect(box.x, box.text).toBeGreaterThanOrEqual(0);
      expect(box.y, box.text).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, box.text).toBeLessThanOrEqual(width + 0.5);
      expect(box.y + box.height, box.text).toBeLessThanOrEqual(height + 0.5);
    }
    const clash = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.text} × ${b.text}`),
    );
    expect(clash).toEqual([]);
  });

  test(`the ${sample.name} sample's 16:9 slide is 1920 × 1080 with content across at least 80 % of it`, async ({
    page,
  }) => {
    await openFresh(page);
    await openSample(page, sample.menu);
    const { bytes } = await download(page, /^PNG-dia 16:9$/);
    const spread = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let [left, right, bottom] = [image.width, 0, 0];
      for (let y = 0; y < image.height; y++)
        for (let x = 0; x < image.width; x++) {
          const i = 4 * (y * image.width + x);
          if ((data[i] as number) + (data[i + 1] as number) + (data[i + 2] as number) < 720) {
            left = Math.min(left, x);
            right = Math.max(right, x);
            bottom = Math.max(bottom, y);
          }
        }
      return {
        width: image.width,
        height: image.height,
        share: (right - left) / image.width,
        bottom,
      };
    }, bytes.toString('base64'));
    expect([spread.width, spread.height]).toEqual([1920, 1080]);
    expect(spread.share).toBeGreaterThanOrEqual(0.8);
    expect(spread.bottom).toBeGreaterThan(1080 * 0.6);
  });

  test(`the ${sample.name} sample prints on the fewest A4 sheets with 7 pt text, none blank, every label whole on one`, async ({
    page,
  }) => {
    await openFresh(page);
    await openSample(page, sample.menu);
    await page.getByRole('button', { name: /^Tulosta/ }).click();
    const count = await drawnSheets(page);
    const pages = await printedPages(page);
    expect(pages).toHaveLength(count);
    for (const text of pages) expect(text.trim().length).toBeGreaterThan(0);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    const labelled = sample.plan.items.filter((item) => {
      const [start, end] =
        item.type === 'milestone' ? [item.date, item.date] : [item.start, item.end];
      return end >= sample.plan.window.start && start <= sample.plan.window.end;
    });
    const missing = labelled.filter((item) => !all.includes(item.label.split(' ')[0] as string));
    expect(missing.map((i) => i.label)).toEqual([]);
  });
}
