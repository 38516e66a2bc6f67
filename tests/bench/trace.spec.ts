import { chromium, expect, test, type CDPSession, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { generatePlan } from '../factories/generatePlan';
import { withLinks } from '../factories/planVariants';
import { serializePlanFile } from '../../src/io/planFile';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

type Bench = {
  __tiekarttaBench: {
    hold(text: string): boolean;
    show(): Promise<{ whole: number }>;
    showLinked(): Promise<{ near: number }>;
  };
};
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink.user_timing',
];
/** Events whose time is summed: the browser's own work and the script it runs. */
const NAMES = new Set([
  'RunTask',
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GCFinalizeMC',
]);

async function traced(cdp: CDPSession, action: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await action();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

function summarise(label: string, events: TraceEvent[]) {
  if (process.env.TRACE_DUMP)
    writeFileSync(`bench-results/trace-${label}.json`, JSON.stringify(events));
  const byThread = new Map<number, number>();
  for (const e of events)
    if (e.name === 'RunTask') byThread.set(e.tid, (byThread.get(e.tid) ?? 0) + (e.dur ?? 0));
  const tid = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sums = new Map<string, number>();
  const longest: number[] = [];
  for (const e of events) {
    if (e.tid !== tid || e.ph !== 'X' || !NAMES.has(e.name)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    if (e.name === 'RunTask') longest.push((e.dur ?? 0) / 1000);
  }
  console.log(`\n${label}: main-thread ms by event (nested events overlap)`);
  for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]))
    console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  console.log(
    `longest tasks: ${longest
      .sort((a, b) => b - a)
      .slice(0, 6)
      .map((d) => d.toFixed(1))
      .join(', ')}`,
  );
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

async function profiled(cdp: CDPSession, label: string, action: () => Promise<unknown>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const self = new Map<string, number>();
  /** Time by the innermost frame of the app's own code: which component's effect or derived. */
  const app = new Map<string, number>();
  const total = new Map<string, number>();
  const keyOf = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const leaf = nodes.get(id) as ProfileNode;
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + ms);
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = nodes.get(at) as ProfileNode;
      if (!/index-(?!client)/.test(node.callFrame.url)) continue;
      app.set(keyOf(node), (app.get(keyOf(node)) ?? 0) + ms);
      break;
    }
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(nodes.get(at) as ProfileNode);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(
        ([k]) => !k.startsWith('(root)') && !k.startsWith('(program)') && !k.startsWith('(idle)'),
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k}`)
      .join('\n');
  console.log(`\n${label}: self\n${top(self, 15)}\n${label}: total\n${top(total, 45)}`);
  console.log(`${label}: by innermost app frame\n${top(app, 30)}`);
}

async function open(page: Page, size: number) {
  await page.goto(`http://127.0.0.1:${process.env.BENCH_PORT ?? 4174}`);
  await expect(page.getByTestId('timeline').locator('[data-item-id]').first()).toBeVisible();
  const links = Number(process.env.TRACE_LINKS ?? 0);
  const plan = generatePlan({ items: size });
  const text = serializePlanFile(links ? withLinks(plan, links) : plan, {
    exportedAt: new Date(0),
    appVersion: 'trace',
  });
  await page.evaluate((t) => (window as unknown as Bench).__tiekarttaBench.hold(t), text);
}

/**
 * Where the time of render, a drop and a zoom goes (`npm run bench:trace`): by the browser's own
 * trace events on the main thread (script, style, layout, paint, GC), or with TRACE_PROFILE=1 by
 * a CPU profile, per function and per innermost function of the app's own code (TRACE_APP=1
 * leaves Svelte's internals out of the lists). TRACE_ITEMS sets the plan's size (5,000),
 * TRACE_LINKS=2000 gives it that many links; TRACE_DUMP=1 writes each part's events to
 * bench-results/trace-<part>.json for Chromium's DevTools.
 */
test('trace render, drop, zoom and scroll', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await (
    await browser.newContext({ viewport: { width: 1600, height: 900 } })
  ).newPage();
  await open(page, Number(process.env.TRACE_ITEMS ?? 5000));
  const cdp = await page.context().newCDPSession(page);
  let ms = 0;
  const PROFILE = process.env.TRACE_PROFILE;
  const measure = async (label: string, action: () => Promise<unknown>) =>
    PROFILE ? profiled(cdp, label, action) : summarise(label, await traced(cdp, action));
  await measure('render', async () => {
    ms = await page.evaluate((linked) => {
      const hook = (window as unknown as Bench).__tiekarttaBench;
      return linked
        ? hook.showLinked().then(({ near }) => near)
        : hook.show().then(({ whole }) => whole);
    }, Boolean(process.env.TRACE_LINKS));
  });
  console.log(`render ${ms.toFixed(1)} ms`);
  console.log(
    await page.evaluate(() => ({
      items: document.querySelectorAll('[data-item-id]').length,
      texts: document.querySelectorAll('text').length,
      all: document.getElementsByTagName('*').length,
    })),
  );
  await page.getByRole('button', { name: 'Kuukaudet' }).click();
  await page.waitForTimeout(300);
  const shapes = page.getByTestId('timeline').locator('.item rect.shape');
  let box = { x: 0, y: 0, width: 0 };
  for (let i = 0; i < (await shapes.count()); i++) {
    const b = await shapes.nth(i).boundingBox();
    if (b && b.width > 40 && b.x > 400 && b.x < 1100 && b.y > 250 && b.y < 700) {
      box = b;
      break;
    }
  }
  await page.mouse.move(box.x + box.width / 2, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 5, { steps: 30 });
  await measure('release', async () => {
    await page.mouse.up();
    await page.waitForTimeout(200);
  });
  await page.mouse.move(800, 500);
  await measure('zoom', async () => {
    await page.keyboard.down('Control');
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
    await page.keyboard.up('Control');
    await page.waitForTimeout(300);
  });
  await measure('scroll', async () => {
    for (let i = 0; i < 30; i++) await page.mouse.wheel(100, 0);
    await page.waitForTimeout(300);
  });
  await browser.close();
});
