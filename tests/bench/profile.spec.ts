import { chromium, expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { generatePlan } from '../../src/domain/generatePlan';
import { serializePlanFile } from '../../src/io/planFile';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

test('profile render', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await (
    await browser.newContext({ viewport: { width: 1600, height: 900 } })
  ).newPage();
  await page.goto('http://127.0.0.1:4174');
  await expect(page.getByTestId('timeline').locator('[data-item-id]').first()).toBeVisible();
  const text = serializePlanFile(generatePlan({ items: 5000 }), {
    exportedAt: new Date(0),
    appVersion: 'x',
  });
  await page.evaluate((t) => (window as any).__tiekarttaBench.hold(t), text);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(() => (window as any).__tiekarttaBench.show());
  const { profile } = await cdp.send('Profiler.stop');
  console.log('render ms', ms);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  (profile.samples as number[]).forEach((id, i) => {
    const n: any = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log(
    [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${v.toFixed(1)}ms ${k}`)
      .join('\n'),
  );
  writeFileSync('/tmp/render.cpuprofile', JSON.stringify(profile));
  await browser.close();
});
