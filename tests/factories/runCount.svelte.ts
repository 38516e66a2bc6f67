/** How often `read` has run in an effect: once at the start, then once per change it depends on. */
export function countRuns(read: () => unknown): { runs: () => number; stop: () => void } {
  let runs = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      read();
      runs += 1;
    });
  });
  return { runs: () => runs, stop };
}
