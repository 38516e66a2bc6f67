import type { Page } from '@playwright/test';

/**
 * In-page recorders, installed before the app loads: frame timestamps (requestAnimationFrame) and
 * long tasks (PerformanceObserver), started and stopped around each interaction.
 */
export const PROBES = () => {
  const state = {
    frames: [] as number[],
    longTasks: [] as number[],
    recording: false,
    openStart: 0,
    openDone: 0,
  };
  const loop = (time: number) => {
    if (state.recording) state.frames.push(time);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (state.recording) state.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  // "open": from the file input's change to the first painted frame showing the new plan's items.
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLElement).dataset.testid !== 'import-input') return;
      state.openStart = performance.now();
      state.openDone = 0;
      const title = () => document.querySelector<HTMLInputElement>('header input')?.value ?? '';
      const before = title();
      const watch = new MutationObserver(() => {
        if (title() === before || !document.querySelector('[data-item-id]')) return;
        watch.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => (state.openDone = performance.now())),
        );
      });
      watch.observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    true,
  );
  Object.assign(window, { __probe: state });
};

export interface Recording {
  frameIntervals: number[];
  longTasks: number[];
}

export async function record(
  page: Page,
  action: () => Promise<void>,
  settleMs = 300,
): Promise<Recording> {
  await page.evaluate(() => {
    const probe = (
      window as unknown as {
        __probe: { frames: number[]; longTasks: number[]; recording: boolean };
      }
    ).__probe;
    probe.frames = [];
    probe.longTasks = [];
    probe.recording = true;
  });
  await action();
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    const probe = (
      window as unknown as {
        __probe: { frames: number[]; longTasks: number[]; recording: boolean };
      }
    ).__probe;
    probe.recording = false;
    const frameIntervals = probe.frames.slice(1).map((t, i) => t - (probe.frames[i] as number));
    return { frameIntervals, longTasks: probe.longTasks };
  });
}
