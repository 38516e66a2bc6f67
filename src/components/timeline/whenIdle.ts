/**
 * Runs `run` once the browser has painted and has a moment to spare (at most `timeoutMs` later);
 * returns a function that cancels it. For work the first frame does not need.
 */
export function whenIdle(run: () => void, timeoutMs = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 50);
  return () => clearTimeout(handle);
}
