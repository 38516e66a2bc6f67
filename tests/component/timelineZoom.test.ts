import { describe, expect, it } from 'vitest';
import { TimelineZoom } from '../../src/components/timeline/timelineZoom';
import { createTimeScale } from '../../src/layout/timeScale';
import { saveView } from '../../src/persistence/preferences';
import { ViewportState } from '../../src/state/viewport.svelte';

describe('the first draw of the chart', () => {
  it('looks at a whole px, as the scroller will, so it is not corrected and drawn again', () => {
    const pxPerDay = 4.17;
    saveView('zoom-test', { pxPerDay, leftDate: '2022-03-07', scrollTop: 0 });
    const viewport = new ViewportState('zoom-test');
    const scale = createTimeScale('2022-01-01', '2022-12-31', viewport.pxPerDay);
    expect(Number.isInteger(scale.x('2022-03-07'))).toBe(false);
    const zoom = new TimelineZoom({
      viewport: () => viewport,
      scroller: () => document.createElement('div'),
      px: () => viewport.pxPerDay,
      scale: () => scale,
      bodyWidth: () => 1000,
      windowDays: () => 365,
      windowStart: () => '2022-01-01',
    });
    zoom.start();
    expect(viewport.scrollLeft).toBe(Math.round(scale.x('2022-03-07')));
  });
});

describe('a zoom', () => {
  it('to the whole plan, by a gesture or a step lands on a whole px too', async () => {
    saveView('zoom-test-2', { pxPerDay: 4.17, leftDate: '2022-03-07', scrollTop: 0 });
    const viewport = new ViewportState('zoom-test-2');
    const scroller = document.createElement('div');
    const scale = () => createTimeScale('2021-12-29', '2022-12-31', viewport.pxPerDay);
    const zoom = new TimelineZoom({
      viewport: () => viewport,
      scroller: () => scroller,
      px: () => viewport.pxPerDay,
      scale,
      bodyWidth: () => 997,
      windowDays: () => 365,
      windowStart: () => '2022-01-01',
    });
    zoom.start();
    await zoom.level('fit');
    expect(Number.isInteger(scale().x('2022-01-01'))).toBe(false);
    expect(Number.isInteger(viewport.scrollLeft)).toBe(true);
    await zoom.toPreview({ scale: 1.37, shift: 12.3 });
    expect(Number.isInteger(viewport.scrollLeft)).toBe(true);
  });
});
