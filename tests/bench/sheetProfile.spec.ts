/**
 * Where the 5,000-row sheet import's long tasks go: the long animation frames (with the scripts
 * each ran, by function and source) and long tasks from the click on "Tuo uudeksi tiekartaksi" to
 * the imported plan painted, and a CPU profile of the same span summarised by self time. In a
 * build without minifying:
 *
 *   npx vite build --mode bench --outDir dist-bench --emptyOutDir --minify false --logLevel warn
 *   BENCH_SPEC=sheetProfile.spec.ts npx playwright test -c tests/bench/bench.config.ts
 *
 * PROFILE_OUT=FILE writes the CPU profile (.cpuprofile) for Chromium's DevTools.
 */
import { chromium, expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { fi } from '../../src/i18n/fi';
import { translate } from '../../src/i18n/translate';
import { generatePlan } from '../factories/generatePlan';
import { xlsxOf } from '../factories/sheets';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const FRAMES = () => {
  const seen: unknown[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const frame = entry as PerformanceEntry & {
        blockingDuration: number;
        renderStart: number;
        styleAndLayoutStart: number;
        scripts: {
          invoker: string;
          sourceFunctionName: string;
          sourceURL: string;
          sourceCharPosition: number;
          duration: number;
          forcedStyleAndLayoutDuration: number;
        }[];
      };
      seen.push({
        start: Math.round(frame.startTime),
        duration: Math.round(frame.duration),
        blocking: Math.round(frame.blockingDuration),
        render: Math.round(frame.startTime + frame.duration - frame.renderStart),
        scripts: frame.scripts.map((s) => ({
          invoker: s.invoker,
          fn: `${s.sourceFunctionName}@${s.sourceURL.split('/').pop()}:${s.sourceCharPosition}`,
          ms: Math.round(s.duration),
          layout: Math.round(s.forcedStyleAndLayoutDuration),
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: false });
  const tasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      tasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: false });
  Object.assign(window, { __frames: seen, __tasks: tasks });
};

test('profile the 5,000-row sheet import', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await (
    await browser.newContext({ viewport: { width: 1600, height: 900 } })
  ).newPage();
  await page.addInitScript(FRAMES);
  await page.goto(`http://127.0.0.1:${process.env.BENCH_PORT ?? 4174}`);
  await page.getByRole('button', { name: 'Kirjastoon' }).click();
  await page.getByRole('button', { name: 'Tuo taulukosta…' }).click();
  const dialog = page.getByTestId('sheet-import');
  const t = (key: Parameters<typeof translate>[1]) => translate(fi, key);
  await dialog.getByTestId('sheet-input').setInputFiles({
    name: 'bench-5000.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(xlsxOf(generatePlan({ items: 5000 }), t)),
  });
  await dialog.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(dialog.getByTestId('sheet-summary')).toHaveText(/ 0 ohitetaan$/, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500);
  const since = await page.evaluate(() => performance.now());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // The sampling profiler slows the page (about 2× here): PROFILE_CPU=0 for the tasks alone.
  const cpu = process.env.PROFILE_CPU !== '0';
  if (cpu) await cdp.send('Profiler.start');
  await dialog.getByRole('button', { name: 'Tuo uudeksi tiekartaksi' }).click();
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    'Taulukosta bench-5000',
    { timeout: 60_000 },
  );
  await page.locator('[data-item-id]').first().waitFor();
  const first = await page.locator('[data-item-id]').count();
  await page.waitForTimeout(1500);
  console.log(`marks: ${first} at first, ${await page.locator('[data-item-id]').count()} after`);
  const { profile } = cpu
    ? await cdp.send('Profiler.stop')
    : { profile: { nodes: [], samples: [], timeDeltas: [] } };
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const { frames, tasks } = await page.evaluate((from) => {
    const w = window as unknown as {
      __frames: { start: number }[];
      __tasks: { start: number }[];
    };
    return {
      frames: w.__frames.filter((f) => f.start >= from),
      tasks: w.__tasks.filter((x) => x.start >= from),
    };
  }, since);
  console.log('long tasks (start ms after click, ms):');
  console.log(JSON.stringify(tasks.map((x) => ({ ...x, start: x.start - Math.round(since) }))));
  console.log('long animation frames:');
  for (const f of frames as { start: number }[])
    console.log(JSON.stringify({ ...f, start: f.start - Math.round(since) }, null, 1));
  const nodes = new Map<number, ProfileNode>(
    (profile.nodes as ProfileNode[]).map((n) => [n.id, n]),
  );
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id: number, i: number) => {
    const node = nodes.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log('self time (ms):');
  for (const [key, ms] of top) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
  await browser.close();
});
