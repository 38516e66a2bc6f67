import { expect, test } from '@playwright/test';
import { toDayNumber } from '../../src/domain/calendarDate';
import { contentRange } from '../../src/layout/contentRange';
import { openFresh, storedRecord } from './helpers';
import { SAMPLES } from './samples';

const MONTH_PX_PER_DAY = 4;
const SCALE_START = toDayNumber(contentRange(SAMPLES[0].plan).start);

interface StoredPhase {
  label: string;
  type: string;
  start?: string;
  end?: string;
}

test.use({ viewport: { width: 2000, height: 900 } });

// A hand at 4 px a day lands on the day it aims at, or one beside it.
for (const [down, up] of [
  ['2022-01-01', '2022-12-31'],
  ['2022-01-02', '2022-12-30'],
] as const)
  test(`a phase Ctrl+dragged from ${down} to ${up} at the months zoom is saved as the year 2022`, async ({
    page,
  }) => {
    await openFresh(page);
    await page.getByRole('button', { name: 'Kuukaudet' }).click();
    const timeline = page.getByTestId('timeline');
    await expect(timeline).toHaveAttribute('data-px-per-day', String(MONTH_PX_PER_DAY));
    const xOf = (date: string) => (toDayNumber(date) - SCALE_START) * MONTH_PX_PER_DAY;
    await timeline.evaluate((el, left) => (el.scrollLeft = left), xOf('2022-01-01') - 60);
    await expect.poll(() => timeline.evaluate((el) => el.scrollLeft)).toBe(xOf('2022-01-01') - 60);

    const row = page.getByRole('button', { name: /Sopimukset: Sopimusten kartoitus/ }).first();
    const y = ((await row.boundingBox()) as { y: number; height: number }).y + 6;
    const svg = timeline.getByRole('group', { name: 'Tiekartta aikajanalla' });
    const left = ((await svg.boundingBox()) as { x: number }).x;
    // Inside the day columns, off their edges by a pixel or two.
    const [from, to] = [left + xOf(down) + 1, left + xOf(up) + 3];
    await page.keyboard.down('Control');
    await page.mouse.move(from, y);
    await page.mouse.down();
    await page.mouse.move(to, y, { steps: 12 });
    // While drawn, the box already covers the days the phase will have.
    const band = timeline.locator('rect.band.draw');
    await expect(band).toHaveAttribute('x', String(xOf('2022-01-01')));
    await expect(band).toHaveAttribute('width', String(365 * MONTH_PX_PER_DAY));
    await page.mouse.up();
    await page.keyboard.up('Control');
    await expect(page.getByRole('heading', { name: 'Muokkaa kohdetta' })).toBeVisible();
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();

    await expect
      .poll(async () => {
        const record = await storedRecord(page);
        const items = (record.file as { plan: { items: StoredPhase[] } }).plan.items;
        return items.find((item) => item.label === 'Uusi vaihe') ?? null;
      })
      .toMatchObject({ type: 'phase', start: '2022-01-01', end: '2022-12-31' });
  });
