import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers';
import { openSample, SAMPLES } from './samples';

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Lane cells and every line of their names, as the screen lays them out. */
const laneNames = (page: Page) =>
  page.getByTestId('lane-label').evaluateAll((lanes) =>
    lanes.map((lane) => {
      const box = lane.getBoundingClientRect();
      const lines = [...lane.querySelectorAll('.name .line, .kind')].map((line) => {
        const r = line.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      const cell = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      return { name: lane.querySelector('.visually-hidden')?.textContent ?? '', cell, lines };
    }),
  );

/** Row cells and the lines of their names. */
const rowNames = (page: Page) =>
  page.getByTestId('timeline').evaluate((el) =>
    [...el.querySelectorAll('.label-column .row')].map((row) => {
      const box = row.getBoundingClientRect();
      const lines = [...row.querySelectorAll('.line')].map((line) => {
        const r = line.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      const cell = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      return { name: row.getAttribute('title') ?? '', cell, lines };
    }),
  );

/** Marker labels of the header, and the chart's visible frame right of the name column. */
const markerLabelsInFrame = (page: Page) =>
  page.getByTestId('timeline').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const names = el.querySelector('.label-column')?.getBoundingClientRect();
    const frame = { left: names?.right ?? box.left, right: box.left + el.clientWidth };
    const labels = [...el.querySelectorAll('text[data-marker-label]')].map((label) => {
      const r = label.getBoundingClientRect();
      return { text: label.textContent ?? '', left: r.left, right: r.right };
    });
    return { frame, labels };
  });

/** Item labels drawn in the chart, in screen px. */
const itemLabels = (page: Page) =>
  page.getByTestId('timeline').evaluate((el) =>
    [...el.querySelectorAll('text[data-item-label]')].map((label) => {
      const r = label.getBoundingClientRect();
      return {
        text: label.textContent ?? '',
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      };
    }),
  );

const inside = (inner: Rect, outer: Rect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

const overlap = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

for (const viewport of VIEWPORTS)
  for (const sample of SAMPLES)
    test(`${sample.name} at ${viewport.width} × ${viewport.height}: every lane and row name whole in its cell, marker labels inside the chart, no two item labels overlapping`, async ({
      page,
    }) => {
      // Today inside the five-year plan's window, near its end: its label must not run off the chart.
      await page.clock.setFixedTime(new Date('2026-12-03T12:00:00'));
      await page.setViewportSize(viewport);
      await openFresh(page);
      await openSample(page, sample.menu);
      await page.getByRole('button', { name: 'Koko suunnitelma' }).click();
      const timeline = page.getByTestId('timeline');
      const { frame, labels: markers } = await markerLabelsInFrame(page);
      expect(markers.length).toBeGreaterThan(0);
      for (const marker of markers) {
        expect(marker.left, marker.text).toBeGreaterThanOrEqual(frame.left - 0.5);
        expect(marker.right, marker.text).toBeLessThanOrEqual(frame.right + 0.5);
      }
      // Every lane passes through the view as the chart scrolls down.
      const height = await timeline.evaluate((el) => el.scrollHeight);
      for (let top = 0; top < height; top += 300) {
        await timeline.evaluate((el, y) => (el.scrollTop = y), top);
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        for (const lane of await laneNames(page)) {
          expect(lane.lines.length, lane.name).toBeGreaterThan(1);
          for (const line of lane.lines) expect(inside(line, lane.cell), lane.name).toBe(true);
        }
        for (const row of await rowNames(page)) {
          expect(row.lines.length, row.name).toBeGreaterThan(0);
          for (const line of row.lines) expect(inside(line, row.cell), row.name).toBe(true);
        }
        const labels = await itemLabels(page);
        const clashes = labels.flatMap((a, i) =>
          labels
            .slice(i + 1)
            .filter((b) => overlap(a, b))
            .map((b) => `${a.text} × ${b.text}`),
        );
        expect(clashes).toEqual([]);
      }
    });
