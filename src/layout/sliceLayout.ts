import type { RoadmapLayout } from './roadmapLayout';

/** The longest stretch of layout between two chances for the page to answer, in ms. */
export const SLICE_MS = 40;

/** Lets the browser handle input and paint before the next slice. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs layout steps in slices of at most about `SLICE_MS`, so laying out tens of thousands of
 * items never blocks the page; reports the share done after each slice. Stops early when
 * `cancelled()` says the result is no longer wanted, and then resolves to null.
 */
export async function layoutInSlices(
  steps: Generator<number, RoadmapLayout>,
  total: number,
  onprogress: (share: number) => void,
  cancelled: () => boolean,
): Promise<RoadmapLayout | null> {
  // The screen that asked (its progress bar at 0) is painted before the first slice.
  await yieldToMain();
  if (cancelled()) return null;
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      // Whatever is drawn from the result starts in a task of its own.
      onprogress(1);
      await yieldToMain();
      return cancelled() ? null : step.value;
    }
    if (performance.now() - sliceStart < SLICE_MS) continue;
    onprogress(total ? step.value / total : 1);
    await yieldToMain();
    if (cancelled()) return null;
    sliceStart = performance.now();
  }
}
