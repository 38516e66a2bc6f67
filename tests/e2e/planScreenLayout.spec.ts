import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { openFresh } from './helpers';
import { openSample as openSampleFromLibrary, SAMPLES } from './samples';

/**
 * The plan screen gives the chart the room: on a 1366 × 768 laptop (the steering-group room's
 * projector, the change manager's own screen) the roadmap is most of the screen, not three rows.
 */

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Set SCREEN_CHECK=1 to keep pictures of each screen in /tmp/screen-check for a look. */
const SHOTS = process.env.SCREEN_CHECK ? '/tmp/screen-check' : null;

async function openSample(page: Page, sample: (typeof SAMPLES)[number]) {
  await openFresh(page);
  await openSampleFromLibrary(page, sample.menu);
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(
    sample.plan.title,
  );
  await expect(page.getByTestId('lane-label').first()).toBeVisible();
}

/** The plan screen's commands, undo through present, as a user finds them. */
function toolbarControls(page: Page): Locator[] {
  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: true });
  return [
    button(/^↶ Kumoa/),
    button(/^↷ Tee uudelleen/),
    button('Aikajana'),
    button('Taulukko'),
    page.locator('summary', { hasText: 'Vie kuvana…' }),
    button('Vie tiedostoksi'),
    button('Jaa sähköpostilla…'),
    button('Aiemmat versiot…'),
    button('Tulosta / PDF…'),
    button('Pikanäppäimet (?)'),
    button('Esitä'),
  ];
}

async function measure(page: Page) {
  // The chart's height follows the layout a frame after it changes.
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  });
  const chart = await page.getByTestId('timeline').boundingBox();
  if (!chart) throw new Error('no chart on screen');
  const tops = await Promise.all(
    toolbarControls(page).map(async (control) => (await control.boundingBox())?.y ?? NaN),
  );
  const page_ = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  return { chart, tops, ...page_ };
}

/** The part of the viewport the chart covers before any scrolling. */
const share = (m: Awaited<ReturnType<typeof measure>>) =>
  (Math.min(m.chart.y + m.chart.height, m.innerHeight) - Math.max(m.chart.y, 0)) / m.innerHeight;

function report(label: string, m: Awaited<ReturnType<typeof measure>>) {
  console.log(
    `${label}: chart top ${Math.round(m.chart.y)} px, height ${Math.round(m.chart.height)} px ` +
      `(${(share(m) * 100).toFixed(1)} % of the screen in view), page ${m.scrollHeight}/${m.innerHeight}, ` +
      `toolbar tops ${m.tops.map((y) => Math.round(y)).join(',')}`,
  );
}

for (const viewport of VIEWPORTS)
  for (const sample of SAMPLES)
    test(`${viewport.width}×${viewport.height}, ${sample.name}: the chart fills the screen below one toolbar row`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openSample(page, sample);
      const m = await measure(page);
      report(`${viewport.width}×${viewport.height} ${sample.name}`, m);
      if (SHOTS) {
        await mkdir(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/${viewport.width}-${sample.name}.png` });
      }

      expect(share(m)).toBeGreaterThanOrEqual(0.6);
      if (viewport.height === 768) expect(m.chart.y).toBeLessThanOrEqual(250);
      for (const top of m.tops)
        expect(Math.abs(top - (m.tops[0] as number))).toBeLessThanOrEqual(4);
      if (viewport.height === 768) expect(m.scrollHeight).toBeLessThanOrEqual(m.innerHeight + 1);

      // An item's details beside the chart take width, not height.
      await page.getByTestId('timeline').locator('[data-item-id][tabindex="0"]').first().focus();
      await page.keyboard.press(' ');
      await expect(page.getByRole('button', { name: 'Muokkaa', exact: true })).toBeVisible();
      const withDetails = await measure(page);
      report(`${viewport.width}×${viewport.height} ${sample.name}, details`, withDetails);
      if (SHOTS)
        await page.screenshot({ path: `${SHOTS}/${viewport.width}-${sample.name}-details.png` });
      expect(share(withDetails)).toBeGreaterThanOrEqual(0.6);
      if (viewport.height === 768) {
        expect(withDetails.chart.y).toBeLessThanOrEqual(250);
        expect(withDetails.scrollHeight).toBeLessThanOrEqual(withDetails.innerHeight + 1);
      }

      // The principles open on request; the chart then gives way, down to its minimum.
      await page.locator('summary', { hasText: /^Periaatteet \(\d+\)/ }).click();
      const withPrinciples = await measure(page);
      report(`${viewport.width}×${viewport.height} ${sample.name}, principles`, withPrinciples);
      expect(withPrinciples.chart.height).toBeGreaterThanOrEqual(360);
      if (viewport.height === 768 && withPrinciples.chart.height > 360)
        expect(withPrinciples.scrollHeight).toBeLessThanOrEqual(withPrinciples.innerHeight + 1);
    });

test('1366×768: a long undo label and the edit menu keep the toolbar on one row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page, SAMPLES[0]);
  await page.locator('summary', { hasText: 'Muokkaa tiekarttaa' }).click();
  await page.getByRole('button', { name: 'Siirrä aikataulua…' }).click();
  await page.getByRole('textbox', { name: 'Alkaen päivästä' }).fill('1.12.2022');
  await page.getByRole('button', { name: 'Siirrä', exact: true }).click();
  await expect(
    page.getByRole('button', { name: '↶ Kumoa: siirrä 1.12.2022 alkaen' }),
  ).toBeVisible();
  const m = await measure(page);
  report('1366×768 county, after an edit', m);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/1366-county-undo.png` });
  for (const top of m.tops) expect(Math.abs(top - (m.tops[0] as number))).toBeLessThanOrEqual(4);
  expect(share(m)).toBeGreaterThanOrEqual(0.6);
  expect(m.scrollHeight).toBeLessThanOrEqual(m.innerHeight + 1);
});
