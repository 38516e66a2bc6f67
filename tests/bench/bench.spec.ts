import { chromium, expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { generatePlan } from '../factories/generatePlan';
import { earlierVersion, withLinks } from '../factories/planVariants';
import { serializePlanFile } from '../../src/io/planFile';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { PROBES, record, type Recording } from './pageProbes';
import { bundleSizes } from './sizes';
import { fmt, percentile, summarize } from './stats';
import { centreOf } from '../e2e/centreOf';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The brief's budget for what index.html starts with, JS and CSS gzip. */
const INITIAL_BUDGET_KB = 80;
const SIZES = [700, 5000] as const;
const BASE = `http://127.0.0.1:${process.env.BENCH_PORT ?? 4174}`;
const FILES = Object.fromEntries(
  SIZES.map((n) => [
    n,
    serializePlanFile(generatePlan({ items: n }), { exportedAt: new Date(0), appVersion: 'bench' }),
  ]),
);

/** The 5,000-item plan compared with an earlier version of itself, and drawn with 2,000 links. */
const COMPARED_SIZE = 5000;
const LINKS = 2000;
const META = { exportedAt: new Date(0), appVersion: 'bench' };
const EARLIER = serializePlanFile(earlierVersion(generatePlan({ items: COMPARED_SIZE })), META);
const LINKED = serializePlanFile(withLinks(generatePlan({ items: COMPARED_SIZE }), LINKS), META);

type Figures = Record<string, number>;
const results: Record<string, Figures[]> = {};
const keep = (size: number | string, figures: Figures) => (results[size] ??= []).push(figures);

const frameFigures = (prefix: string, r: Recording): Figures => ({
  [`${prefix} frame p50 (ms)`]: percentile(r.frameIntervals, 50),
  [`${prefix} frame p95 (ms)`]: percentile(r.frameIntervals, 95),
  [`${prefix} frame max (ms)`]: Math.max(...r.frameIntervals),
  [`${prefix} long tasks`]: r.longTasks.length,
});

async function launch() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  const page = await (
    await browser.newContext({ viewport: { width: 1600, height: 900 } })
  ).newPage();
  await page.addInitScript(PROBES);
  return { browser, page };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

const bench = <T>(page: Page, call: string, arg?: unknown) =>
  page.evaluate(
    ([c, a]) =>
      (window as unknown as Record<string, Record<string, (x?: unknown) => T>>).__tiekarttaBench?.[
        c as string
      ]?.(a),
    [call, arg] as const,
  );

async function measureRun(size: number): Promise<Figures> {
  const { browser, page } = await launch();
  try {
    await page.goto(BASE);
    await expect(page.getByTestId('timeline').locator('[data-item-id]').first()).toBeVisible();
    const heapSample = await heapAfterGc(page);

    // open: a generated plan file chosen in the import control → parsed, validated, stored, painted.
    await page.getByRole('button', { name: /Kirjastoon/ }).click();
    await page.getByTestId('import-input').setInputFiles({
      name: `plan-${size}.tiekartta.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(FILES[size] as string),
    });
    await page.waitForFunction(
      () => (window as unknown as { __probe: { openDone: number } }).__probe.openDone > 0,
      null,
      { timeout: 60_000 },
    );
    const open = await page.evaluate(() => {
      const probe = (window as unknown as { __probe: { openDone: number; openStart: number } })
        .__probe;
      return probe.openDone - probe.openStart;
    });

    // render: the open plan switched in memory to the generated one → every mark in view painted.
    await bench(page, 'hold', FILES[size]);
    const render = (await bench<Promise<{ first: number; whole: number }>>(page, 'show')) as {
      first: number;
      whole: number;
    };
    const heap = (await heapAfterGc(page)) - heapSample;
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const autosaveBlocked = (await bench<Promise<number>>(page, 'blockedBySave', -1)) as number;
    const withCopyBlocked = (await bench<Promise<number>>(page, 'blockedBySave', 0)) as number;

    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    const drag = await measureDrag(page);
    const keys = await measureKeys(page);
    const zoom = await recordZoom(page);
    const scroll = await recordScroll(page);
    return {
      'render (ms)': render.whole,
      'render: first frame (ms)': render.first,
      'open (ms)': open,
      ...drag,
      ...keys,
      ...frameFigures('zoom', zoom),
      ...frameFigures('scroll', scroll),
      'autosave blocks (ms)': autosaveBlocked,
      'autosave + version copy (ms)': withCopyBlocked,
      'heap increase (MB)': heap,
      'DOM elements': domElements,
    };
  } finally {
    await browser.close();
  }
}

const prefixed = (prefix: string, figures: Figures): Figures =>
  Object.fromEntries(Object.entries(figures).map(([name, value]) => [`${prefix} ${name}`, value]));

/** Zooming in and out with Ctrl + wheel over the chart, five steps each way. */
function recordZoom(page: Page) {
  return record(page, async () => {
    const box = (await page.getByTestId('timeline').boundingBox()) as { x: number; y: number };
    await page.mouse.move(box.x + 800, box.y + 300);
    await page.keyboard.down('Control');
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
    await page.keyboard.up('Control');
  });
}

const recordScroll = (page: Page) =>
  record(page, async () => {
    for (let i = 0; i < 30; i++) await page.mouse.wheel(100, 0);
  });

/** Issue 14: the open 5,000-item plan compared with an earlier file of it, then dragged and zoomed. */
async function measureCompared(): Promise<Figures> {
  const { browser, page } = await launch();
  try {
    await page.goto(BASE);
    await expect(page.getByTestId('timeline').locator('[data-item-id]').first()).toBeVisible();
    await bench(page, 'hold', FILES[COMPARED_SIZE]);
    await bench(page, 'show');
    const compare = (await bench<Promise<number>>(page, 'compare', EARLIER)) as number;
    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    const drag = await measureDrag(page);
    const zoom = await recordZoom(page);
    return {
      'compare 5,000 with 5,000 → frame (ms)': compare,
      ...prefixed('compared', drag),
      ...frameFigures('compared zoom', zoom),
    };
  } finally {
    await browser.close();
  }
}

/** Issue 15: the 5,000-item plan with 2,000 links, rendered, dragged, zoomed and scrolled. */
async function measureLinked(): Promise<Figures> {
  const { browser, page } = await launch();
  try {
    await page.goto(BASE);
    await expect(page.getByTestId('timeline').locator('[data-item-id]').first()).toBeVisible();
    await bench(page, 'hold', LINKED);
    const render = (await bench<Promise<{ first: number; near: number }>>(page, 'showLinked')) as {
      first: number;
      near: number;
    };
    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    const drag = await measureDrag(page);
    const zoom = await recordZoom(page);
    const scroll = await recordScroll(page);
    return {
      [`render with ${LINKS.toLocaleString('en')} links (ms)`]: render.first,
      'linked: every arrow near the view (ms)': render.near,
      ...prefixed('linked', drag),
      ...frameFigures('linked zoom', zoom),
      ...frameFigures('linked scroll', scroll),
    };
  } finally {
    await browser.close();
  }
}

async function measureDrag(page: Page): Promise<Figures> {
  const shapes = page.getByTestId('timeline').locator('.item rect.shape');
  const count = await shapes.count();
  let target = shapes.first();
  for (let i = 0; i < count; i++) {
    const box = await shapes.nth(i).boundingBox();
    if (box && box.width > 40 && box.x > 400 && box.x < 1100 && box.y > 250 && box.y < 700) {
      target = shapes.nth(i);
      break;
    }
  }
  const [x, y] = await centreOf(target);
  await page.mouse.move(x, y);
  await page.mouse.down();
  let perStep = 0;
  const move = await record(
    page,
    async () => {
      const start = performance.now();
      await page.mouse.move(x + 200, y, { steps: 30 });
      perStep = (performance.now() - start) / 30;
    },
    100,
  );
  await page.evaluate(() => {
    document.addEventListener(
      'pointerup',
      () => {
        const at = performance.now();
        requestAnimationFrame(() =>
          Object.assign(window, { __releaseToFrame: performance.now() - at }),
        );
      },
      { once: true, capture: true },
    );
  });
  const release = await record(page, () => page.mouse.up());
  const releaseToFrame = await page.evaluate(
    () => (window as unknown as { __releaseToFrame: number }).__releaseToFrame,
  );
  return {
    ...frameFigures('drag', move),
    'drag ms per move step': perStep,
    'after release long tasks': release.longTasks.length,
    'release → frame (ms)': releaseToFrame,
  };
}

async function measureKeys(page: Page): Promise<Figures> {
  const milestone = page.getByTestId('timeline').locator('.item path.shape').first();
  await milestone.locator('..').focus();
  let perKey = 0;
  const keys = await record(page, async () => {
    const start = performance.now();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    perKey = (performance.now() - start) / 20;
  });
  return { ...frameFigures('keyboard', keys), 'keyboard ms per move': perKey };
}

/** The same 30-step pointer move over an empty page: the floor for "ms per move step". */
async function emptyPageStep(): Promise<number> {
  const { browser, page } = await launch();
  try {
    await page.setContent('<div style="height:100vh" onpointermove="void 0"></div>');
    await page.mouse.move(100, 100);
    const start = performance.now();
    await page.mouse.move(300, 100, { steps: 30 });
    return (performance.now() - start) / 30;
  } finally {
    await browser.close();
  }
}

/** BENCH_ONLY=linked (or plain, compared, empty) measures that part alone, for a quick look. */
const only = (part: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY === part;

test('benchmark', async () => {
  for (const size of only('plain') ? SIZES : [])
    for (let run = 0; run < RUNS; run++) keep(size, await measureRun(size));
  for (let run = 0; run < RUNS; run++) {
    if (only('compared')) keep(COMPARED_SIZE, await measureCompared());
    if (only('linked')) keep(COMPARED_SIZE, await measureLinked());
  }
  for (let run = 0; run < (only('empty') ? RUNS : 0); run++)
    keep('empty page', { 'drag ms per move step': await emptyPageStep() });
  const sizes = bundleSizes('dist-bench');
  const metrics = [
    ...new Set(Object.values(results).flatMap((runs) => runs.flatMap((r) => Object.keys(r)))),
  ];
  const columns = [...SIZES.map(String), 'empty page'];
  const table = metrics.map((metric) => {
    const cells = columns.map((column) => {
      const values = (results[column] ?? [])
        .map((r) => r[metric])
        .filter((v): v is number => v !== undefined);
      if (!values.length) return '';
      const s = summarize(values);
      return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
    });
    return [metric, ...cells];
  });
  const widths = [36, 26, 26, 22];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join(' ');
  console.log(
    `\nTiekartta benchmark: median (min–max) of ${RUNS} runs, each in a fresh Chromium\n`,
  );
  console.log(line(['metric', '700 items', '5,000 items', 'empty page']));
  for (const row of table) console.log(line(row));
  console.log(
    `\ninitial JS+CSS gzip: ${fmt(sizes.initial / 1024)} KB (budget ${INITIAL_BUDGET_KB} KB: ${
      sizes.initial / 1024 <= INITIAL_BUDGET_KB
        ? 'met'
        : `over by ${fmt(sizes.initial / 1024 - INITIAL_BUDGET_KB)} KB`
    }); everything gzip: ${fmt(sizes.all / 1024)} KB\n`,
  );
  if (process.env.BENCH_JSON) {
    writeFileSync(
      process.env.BENCH_JSON,
      `${JSON.stringify({ runs: RUNS, results, sizes }, null, 2)}\n`,
    );
    console.log(`figures written to ${process.env.BENCH_JSON}`);
  }
});
