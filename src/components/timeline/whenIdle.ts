/** How much of the idle period is left, in ms; 0 where the browser does not say. */
export type IdleTime = () => number;

/**
 * Runs `run` once the browser has painted and has a moment to spare (at most `timeoutMs` later);
 * returns a function that cancels it. For work the first frame does not need.
 */
export function whenIdle(run: (left: IdleTime) => void, timeoutMs = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), {
      timeout: timeoutMs,
    });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => run(() => 0), 50);
  return () => clearTimeout(handle);
}
