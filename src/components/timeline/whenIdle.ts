/** How much of the idle period is left, in ms. */
export type IdleTime = () => number;

/**
 * What a callback may take when the browser gave it no idle period (the timeout fired, or there
 * is no `requestIdleCallback`): short enough that a frame due meanwhile is late by at most this.
 */
export const OVERDUE_BUDGET_MS = 8;

/**
 * Runs `run` once the browser has painted and has a moment to spare (at most `timeoutMs` later);
 * returns a function that cancels it. For work the first frame does not need. A run the
 * timeout forced still gets a short budget: a page that never idles (a busy tab, a headless
 * browser drawing nothing) would otherwise get one step of the work per timeout.
 */
export function whenIdle(run: (left: IdleTime) => void, timeoutMs = 200): () => void {
  const overdue = () => {
    const start = performance.now();
    run(() => OVERDUE_BUDGET_MS + start - performance.now());
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(
      (deadline) => (deadline.didTimeout ? overdue() : run(() => deadline.timeRemaining())),
      { timeout: timeoutMs },
    );
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(overdue, 50);
  return () => clearTimeout(handle);
}
