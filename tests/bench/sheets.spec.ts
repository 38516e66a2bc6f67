/**
 * The spreadsheet bridge's speed (issue 17): a 700-row and a 5,000-row .xlsx through "Tuo
 * taulukosta" into a new plan, in the bench build, in Chromium. Measures reading (file chosen →
 * mapping shown), map + preview (Esikatsele → counts shown) and import (Tuo → the last of the
 * new plan's marks in view painted), and the long tasks of each (the import's until a second
 * after, while the rows below the view are laid out). Run on its own:
 *
 *   npx vite build --mode bench --outDir dist-bench --emptyOutDir --logLevel warn
 *   BENCH_SPEC=sheets.spec.ts npx playwright test -c tests/bench/bench.config.ts
 *
 * BENCH_RUNS sets the runs (3); BENCH_SHEETS_JSON=FILE writes the figures.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { fi } from '../../src/i18n/fi';
import { translate } from '../../src/i18n/translate';
import { generatePlan } from '../factories/generatePlan';
import { xlsxOf } from '../factories/sheets';
import { PROBES, record } from './pageProbes';
import { fmt, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = [700, 5000] as const;
const BASE = `http://127.0.0.1:${process.env.BENCH_PORT ?? 4174}`;
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(fi, key, params);
const SHEETS = Object.fromEntries(
  SIZES.map((n) => [n, Buffer.from(xlsxOf(generatePlan({ items: n }), t))]),
);

type Figures = Record<string, number>;

/**
 * Waits until the chart's item marks (mounted a slice per frame) have stopped coming for ten
 * frames, and says how long ago, in ms, the last of them was painted.
 */
const untilAllMarksPainted = () =>
  new Promise<number>((resolve) => {
    let count = -1;
    let changedAt = performance.now();
    let still = 0;
    const frame = () => {
      const now = document.querySelectorAll('[data-item-id]').length;
      if (now !== count) [count, changedAt, still] = [now, performance.now(), 0];
      else if (++still >= 10) return resolve(performance.now() - changedAt);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

async function once(page: Page, size: number): Promise<Figures> {
  await page.goto(BASE);
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toBeVisible();
  await page.getByRole('button', { name: 'Kirjastoon' }).click();
  await page.getByRole('button', { name: 'Tuo taulukosta…' }).click();
  const dialog = page.getByTestId('sheet-import');
  await expect(dialog).toBeVisible();
  const elapsed = async (action: () => Promise<void>) => {
    const start = Date.now();
    await action();
    return Date.now() - start;
  };
  let read = 0;
  const reading = await record(page, async () => {
    read = await elapsed(async () => {
      await dialog.getByTestId('sheet-input').setInputFiles({
        name: `bench-${size}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: SHEETS[size] as Buffer,
      });
      await expect(dialog.getByTestId('sheet-mapping')).toBeVisible();
    });
  });
  let preview = 0;
  const previewing = await record(page, async () => {
    preview = await elapsed(async () => {
      await dialog.getByRole('button', { name: 'Esikatsele' }).click();
      await expect(dialog.getByTestId('sheet-summary')).toHaveText(/ 0 ohitetaan$/, {
        timeout: 60_000,
      });
    });
  });
  let imported = 0;
  let sinceLastMark = 0;
  const importing = await record(
    page,
    async () => {
      imported = await elapsed(async () => {
        await dialog.getByRole('button', { name: 'Tuo uudeksi tiekartaksi' }).click();
        await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
          `Taulukosta bench-${size}`,
          { timeout: 60_000 },
        );
        await page.locator('[data-item-id]').first().waitFor({ timeout: 60_000 });
        sinceLastMark = await page.evaluate(untilAllMarksPainted);
      });
      imported -= sinceLastMark;
    },
    // The rows below the view are laid out while the page is idle: their tasks count too.
    1000,
  );
  const longest = (tasks: number[]) => (tasks.length ? Math.max(...tasks) : 0);
  return {
    'read (ms)': read,
    'read: longest task (ms)': longest(reading.longTasks),
    'map + preview (ms)': preview,
    'preview: longest task (ms)': longest(previewing.longTasks),
    'preview: long tasks': previewing.longTasks.length,
    'import and draw (ms)': imported,
    'import: longest task (ms)': longest(importing.longTasks),
  };
}

test('sheet import speed', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: Record<number, Figures[]> = {};
  try {
    for (const size of SIZES)
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript(PROBES);
        (results[size] ??= []).push(await once(page, size));
        await context.close();
      }
  } finally {
    await browser.close();
  }
  const lines = [`\nsheet import, median (min–max) of ${RUNS} runs`];
  const summary: Record<string, Record<string, ReturnType<typeof summarize>>> = {};
  for (const size of SIZES) {
    lines.push(`  ${size} rows`);
    const runs = results[size] ?? [];
    for (const key of Object.keys(runs[0] ?? {})) {
      const s = summarize(runs.map((r) => r[key] as number));
      (summary[size] ??= {})[key] = s;
      lines.push(`    ${key.padEnd(28)} ${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`);
    }
  }
  console.log(lines.join('\n'));
  if (process.env.BENCH_SHEETS_JSON)
    writeFileSync(process.env.BENCH_SHEETS_JSON, `${JSON.stringify(summary, null, 2)}\n`);
});
