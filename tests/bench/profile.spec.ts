import { chromium, expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { generatePlan } from '../factories/generatePlan';
import { earlierVersion, withLinks } from '../factories/planVariants';
import { serializePlanFile } from '../../src/io/planFile';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
type Bench = {
  __tiekarttaBench: {
    hold(text: string): boolean;
    show(): Promise<{ first: number; whole: number }>;
    showLinked(): Promise<{ first: number; near: number }>;
    compare(text: string): Promise<number>;
  };
};

/**
 * Where the time of "render" goes: a CPU profile (DevTools protocol) of switching to a
 * 5,000-item plan, summarised by self time. `npm run bench:profile`; the full profile is written
 * to bench-results/render.cpuprofile for Chromium's DevTools. PROFILE_KEYS=1 profiles twenty
 * keyboard moves instead, PROFILE_ZOOM=1 ten zoom steps (PROFILE_COMPARE=1: while comparing);
 * PROFILE_LINKS=2000 draws the plan with that many links, PROFILE_SCROLL=1 profiles scrolling,
 * PROFILE_DROP=1 the release of a dragged bar; PROFILE_ITEMS sets the plan's size.
 */
test('profile the 5,000-item render', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await (
    await browser.newContext({ viewport: { width: 1600, height: 900 } })
  ).newPage();
  await page.goto(`http://127.0.0.1:${process.env.BENCH_PORT ?? 4174}`);
  await expect(page.getByTestId('timeline').locator('[data-item-id]').first()).toBeVisible();
  const links = Number(process.env.PROFILE_LINKS ?? 0);
  const plan = generatePlan({ items: Number(process.env.PROFILE_ITEMS ?? 5000) });
  const text = serializePlanFile(links ? withLinks(plan, links) : plan, {
    exportedAt: new Date(0),
    appVersion: 'profile',
  });
  await page.evaluate((t) => (window as unknown as Bench).__tiekarttaBench.hold(t), text);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate((linked) => {
    const hook = (window as unknown as Bench).__tiekarttaBench;
    return linked
      ? hook.showLinked().then(({ near }) => near)
      : hook.show().then(({ whole }) => whole);
  }, links > 0);
  let { profile } = await cdp.send('Profiler.stop');
  if (process.env.PROFILE_KEYS) {
    // Instead of the render: twenty keyboard moves of one milestone, each one command.
    await page.getByTestId('timeline').locator('.item path.shape').first().locator('..').focus();
    await cdp.send('Profiler.start');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    ({ profile } = await cdp.send('Profiler.stop'));
  }
  if (process.env.PROFILE_COMPARE)
    // Zoom while comparing with an earlier version of the plan.
    await page.evaluate(
      (t) => (window as unknown as Bench).__tiekarttaBench.compare(t),
      serializePlanFile(earlierVersion(generatePlan({ items: 5000 })), {
        exportedAt: new Date(0),
        appVersion: 'profile',
      }),
    );
  if (process.env.PROFILE_SCROLL) {
    // Instead of the render: thirty sideways wheel steps at month zoom, as the bench scrolls.
    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    const box = (await page.getByTestId('timeline').boundingBox()) as { x: number; y: number };
    await page.mouse.move(box.x + 800, box.y + 300);
    await page.waitForTimeout(500);
    await cdp.send('Profiler.start');
    for (let i = 0; i < 30; i++) await page.mouse.wheel(100, 0);
    await page.waitForTimeout(300);
    ({ profile } = await cdp.send('Profiler.stop'));
  }
  if (process.env.PROFILE_DROP) {
    // Instead of the render: the release of a bar dragged 200 px, as the bench drops it.
    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    const bar = page.getByTestId('timeline').locator('.item rect.shape').nth(40);
    const box = (await bar.boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 30 });
    await cdp.send('Profiler.start');
    await page.mouse.up();
    await page.waitForTimeout(300);
    ({ profile } = await cdp.send('Profiler.stop'));
  }
  if (process.env.PROFILE_ZOOM) {
    // Instead of the render: ten Ctrl + wheel zoom steps over the chart at month zoom.
    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    const box = (await page.getByTestId('timeline').boundingBox()) as { x: number; y: number };
    await page.mouse.move(box.x + 800, box.y + 300);
    await cdp.send('Profiler.start');
    await page.keyboard.down('Control');
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
    await page.keyboard.up('Control');
    await page.waitForTimeout(300);
    ({ profile } = await cdp.send('Profiler.stop'));
  }
  const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const key = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop()}:${frame?.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  console.log(`render ${ms.toFixed(1)} ms; self time by function:`);
  for (const [key, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${value.toFixed(1).padStart(7)} ms  ${key}`);
  writeFileSync('bench-results/render.cpuprofile', JSON.stringify(profile));
  await browser.close();
});
