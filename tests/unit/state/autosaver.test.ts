import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveStatus } from '../../../src/state/autosaver';

const THROTTLE = 100;
const RETRY = 1_000;

function setup(write: () => Promise<Date>) {
  const statuses: SaveStatus['kind'][] = [];
  const saver = new Autosaver({
    write,
    onStatus: (s) => statuses.push(s.kind),
    throttleMs: THROTTLE,
    retryMs: RETRY,
  });
  return { saver, statuses };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('a write that lands after writing was stopped does not claim "saved"', async () => {
    let finish = (_: Date) => {};
    const write = vi.fn(() => new Promise<Date>((resolve) => (finish = resolve)));
    const { saver, statuses } = setup(write);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(THROTTLE);
    saver.stop({ kind: 'outdated', version: '9.0.0' });
    finish(new Date());
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('outdated');
  });

  it('writes once for a burst of edits inside the throttle window', async () => {
    const write = vi.fn(async () => new Date());
    const { saver } = setup(write);
    saver.markDirty();
    saver.markDirty();
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(THROTTLE);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('says saved only after the write resolved', async () => {
    let resolve!: (d: Date) => void;
    const { saver, statuses } = setup(() => new Promise((r) => (resolve = r)));
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(THROTTLE);
    expect(statuses).toEqual(['pending', 'saving']);
    resolve(new Date());
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('reports a failed write, stays dirty and tries again later', async () => {
    const write = vi.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(new Date());
    const { saver, statuses } = setup(write);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(THROTTLE);
    expect(statuses.at(-1)).toBe('failed');
    expect(saver.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(write).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  it('flush writes at once without waiting for the throttle', async () => {
    const write = vi.fn(async () => new Date());
    const { saver } = setup(write);
    saver.markDirty();
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(THROTTLE * 2);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes again for an edit made while a write was in flight, never two at once', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const write = vi.fn(async () => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, 50));
      inFlight--;
      return new Date();
    });
    const { saver, statuses } = setup(write);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(THROTTLE + 10);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(THROTTLE * 3);
    expect(write).toHaveBeenCalledTimes(2);
    expect(maxInFlight).toBe(1);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does nothing on flush when there is nothing to save', async () => {
    const write = vi.fn(async () => new Date());
    await setup(write).saver.flush();
    expect(write).not.toHaveBeenCalled();
  });
});
