import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers';
import { openSample, SAMPLES } from './samples';

/**
 * Every zoom change redraws the chart with new widths; a band or bar that comes out negative for
 * one frame shows up only as a console error ("<rect> attribute width: negative"), so the console
 * is what this watches.
 */
const PRESETS = ['Viikot', 'Kuukaudet', 'Neljännekset', 'Vuodet', 'Koko suunnitelma', 'Viikot'];

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Two frames: the redraw after a zoom lands and anything it schedules has run. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

for (const sample of SAMPLES) {
  test(`${sample.name}: no console error through every zoom preset`, async ({ page }) => {
    const errors = collectErrors(page);
    await openFresh(page);
    await openSample(page, sample.menu);
    const timeline = page.getByTestId('timeline');
    for (const preset of PRESETS) {
      await timeline.getByRole('button', { name: preset, exact: true }).click();
      await settle(page);
      // Each change starts from the far end, where zooming out leaves the old scroll position
      // beyond the narrower chart until the scroller catches up.
      await timeline.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
      await settle(page);
    }
    expect(errors).toEqual([]);
  });
}
