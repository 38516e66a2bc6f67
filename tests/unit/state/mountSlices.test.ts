import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AT_ONCE,
  MOUNT_SLICE_MS,
  MountSlices,
} from '../../../src/components/timeline/mountSlices.svelte';

/** A frame and the timer after it. */
const nextFrame = () => {
  vi.advanceTimersByTime(16);
  vi.runOnlyPendingTimers();
};

describe('MountSlices', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Node has no frames: one is a 16 ms timer here.
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('lets what fits draw at once, and keeps room for as many more again', () => {
    const slices = new MountSlices();
    slices.follow(120);
    expect(slices.limit).toBe(AT_ONCE);
    slices.follow(200);
    expect(slices.limit).toBe(200 + AT_ONCE);
    // Room enough is left: the limit (and so the lists drawn) stays as it was.
    slices.follow(250);
    expect(slices.limit).toBe(200 + AT_ONCE);
  });

  it('grows a slice after each frame until all marks in view are mounted', () => {
    const slices = new MountSlices();
    slices.follow(1000);
    expect(slices.limit).toBe(AT_ONCE);
    nextFrame();
    expect(slices.limit).toBe(2 * AT_ONCE);
    // The slice took no time: the next one is as large; the limit then passes what is in view.
    slices.follow(1000);
    nextFrame();
    expect(slices.limit).toBeGreaterThanOrEqual(1000);
    slices.follow(1000);
    const lifted = slices.limit;
    expect(lifted).toBeGreaterThanOrEqual(1000 + AT_ONCE / 2);
    nextFrame();
    expect(slices.limit).toBe(lifted);
  });

  it('sizes the next slice by how long the last one took', () => {
    const slices = new MountSlices();
    slices.follow(5000);
    nextFrame();
    expect(slices.limit).toBe(2 * AT_ONCE);
    vi.advanceTimersByTime(4 * MOUNT_SLICE_MS); // mounting that slice took 4 times the aim
    slices.follow(5000);
    nextFrame();
    expect(slices.limit).toBe(2 * AT_ONCE + AT_ONCE / 4);
  });

  it("mounts a 5,000-item plan's first draw at once, in one frame", () => {
    const slices = new MountSlices();
    slices.follow(209);
    expect(slices.limit).toBeGreaterThanOrEqual(209);
  });

  it('stops growing when stopped', () => {
    const slices = new MountSlices();
    slices.follow(5000);
    slices.stop();
    nextFrame();
    expect(slices.limit).toBe(AT_ONCE);
  });
});
