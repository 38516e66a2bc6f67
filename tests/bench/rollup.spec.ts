/**
 * The roll-up's speed (issue 18): 22 generated plans of 700 items (15,400 items) chosen at once
 * in "Kokonaiskuva", in the bench build, in Chromium. Measures files chosen → roll-up painted
 * (the files read in workers) with its longest task, regrouping (by plan → by lane kind) once
 * parsed, zoom, scroll and collapse frames, and the heap the roll-up holds. Run on its own:
 *
 *   npx vite build --mode bench --outDir dist-bench --emptyOutDir --logLevel warn
 *   BENCH_SPEC=rollup.spec.ts npx playwright test -c tests/bench/bench.config.ts
 *
 * BENCH_RUNS sets the runs (3); BENCH_ROLLUP_JSON=FILE writes the figures.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { serializePlanFile } from '../../src/io/planFile';
import { generatePlan } from '../factories/generatePlan';
import { PROBES, record, type Recording } from './pageProbes';
import { fmt, percentile, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PLANS = 22;
const ITEMS = 700;
const BASE = `http://127.0.0.1:${process.env.BENCH_PORT ?? 4174}`;
const META = { exportedAt: new Date(0), appVersion: 'bench' };
/** The 21 counties and Helsinki, each its own generated plan. */
const FILES = Array.from({ length: PLANS }, (_, i) => ({
  name: `alue-${i + 1}.tiekartta.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(
    serializePlanFile(
      { ...generatePlan({ items: ITEMS, seed: 100 + i }), organisation: `Alue ${i + 1}` },
      META,
    ),
  ),
}));

type Figures = Record<string, number>;
const longest = (tasks: number[]) => (tasks.length ? Math.max(...tasks) : 0);
const frames = (prefix: string, r: Recording): Figures => ({
  [`${prefix} frame p95 (ms)`]: percentile(r.frameIntervals, 95),
  [`${prefix} longest task (ms)`]: longest(r.longTasks),
});

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/**
 * Milliseconds from the action's change event to the second frame after the roll-up's first lane
 * is named as `lanePattern` says (the grouping asked for is on screen), with no progress shown.
 */
const paintedAfter = (page: Page, action: () => Promise<void>, lanePattern: string) =>
  (async () => {
    await page.evaluate((pattern) => {
      const state = {
        start: performance.now(),
        done: 0,
        sawProgress: false,
        tasks: [] as { at: number; ms: number }[],
      };
      // As "open" in bench.spec.ts: from the input's change, not from Playwright handing the
      // 4 MB of files to the page (300 ms of its own script) or finding the radio button.
      const onChange = () => (state.start = performance.now());
      document.addEventListener('change', onChange, { capture: true, once: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          state.tasks.push({ at: entry.startTime, ms: entry.duration });
      }).observe({ type: 'longtask', buffered: false });
      const watch = new MutationObserver(() => {
        if (document.querySelector('[data-testid="rollup-progress"]')) state.sawProgress = true;
        const names = [...document.querySelectorAll('[data-testid="lane-label"] .visually-hidden')];
        const ready =
          !document.querySelector('[data-testid="rollup-progress"]') &&
          document.querySelector('[data-testid="timeline"] [data-item-id]') &&
          new RegExp(pattern).test(names[0]?.textContent ?? '');
        if (!ready) return;
        watch.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => (state.done = performance.now())));
      });
      watch.observe(document.body, { subtree: true, childList: true, attributes: true });
      Object.assign(window, { __painted: state });
    }, lanePattern);
    await action();
    await page.waitForFunction(
      () => (window as unknown as { __painted: { done: number } }).__painted.done > 0,
      null,
      { timeout: 60_000 },
    );
    // Long tasks reach the observer after they end: a moment for the last of them.
    await page.waitForTimeout(200);
    return page.evaluate(() => {
      const s = (
        window as unknown as {
          __painted: {
            start: number;
            done: number;
            sawProgress: boolean;
            tasks: { at: number; ms: number }[];
          };
        }
      ).__painted;
      const within = s.tasks.filter((t) => t.at >= s.start && t.at < s.done).map((t) => t.ms);
      return { ms: s.done - s.start, sawProgress: s.sawProgress, longest: Math.max(0, ...within) };
    });
  })();

async function once(page: Page): Promise<Figures> {
  await page.goto(BASE);
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toBeVisible();
  await page.getByRole('button', { name: 'Kirjastoon' }).click();
  await page.getByTestId('rollup-open').click();
  await expect(page.getByTestId('rollup')).toBeVisible();
  const heapBefore = await heapAfterGc(page);
  const opened = await paintedAfter(
    page,
    () => page.getByTestId('rollup-files').setInputFiles(FILES),
    '^Alue 1$',
  );
  await expect(page.getByTestId('summary-by-plan').getByTestId('summary-line')).toHaveCount(PLANS);
  const heap = (await heapAfterGc(page)) - heapBefore;
  const regrouped = await paintedAfter(
    page,
    () => page.getByLabel('Kaistatyypeittäin').check(),
    '^Hallinto$',
  );
  const box = (await page.getByTestId('timeline').boundingBox()) as { x: number; y: number };
  await page.mouse.move(box.x + 800, box.y + 300);
  const zoom = await record(page, async () => {
    await page.keyboard.down('Control');
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
    await page.keyboard.up('Control');
  });
  const scroll = await record(page, async () => {
    for (let i = 0; i < 30; i++) await page.mouse.wheel(i % 2 ? 0 : 100, 120);
  });
  // By attribute, not by role: a role query computes names over the whole page in the page's
  // own thread (120 ms here), and that would count as the roll-up's frames.
  const toggle = (name: string) => page.locator(`button[aria-label="${name} kaista TORI"]`);
  const collapse = await record(page, async () => {
    await toggle('Pienennä').click();
    await toggle('Laajenna').click();
  });
  return {
    'files → painted (ms)': opened.ms,
    'files → painted: longest task (ms)': opened.longest,
    'progress shown (1 = yes)': opened.sawProgress ? 1 : 0,
    'regroup → painted (ms)': regrouped.ms,
    'regroup: longest task (ms)': regrouped.longest,
    ...frames('zoom', zoom),
    ...frames('scroll', scroll),
    ...frames('collapse', collapse),
    'heap of the roll-up (MB)': heap,
  };
}

test('roll-up speed', async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  const runs: Figures[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(PROBES);
      runs.push(await once(page));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const lines = [`\nroll-up of ${PLANS} plans × ${ITEMS} items, median (min–max) of ${RUNS} runs`];
  const summary: Record<string, ReturnType<typeof summarize>> = {};
  for (const key of Object.keys(runs[0] ?? {})) {
    const s = summarize(runs.map((r) => r[key] as number));
    summary[key] = s;
    lines.push(`  ${key.padEnd(36)} ${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`);
  }
  console.log(lines.join('\n'));
  if (process.env.BENCH_ROLLUP_JSON)
    writeFileSync(process.env.BENCH_ROLLUP_JSON, `${JSON.stringify(summary, null, 2)}\n`);
});
