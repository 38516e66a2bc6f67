import { afterEach, describe, expect, it, vi } from 'vitest';
import { OVERDUE_BUDGET_MS, whenIdle } from '../../src/components/timeline/whenIdle';

type Idle = (deadline: { didTimeout: boolean; timeRemaining: () => number }) => void;

function stubIdle(deadline: { didTimeout: boolean; timeRemaining: () => number }) {
  vi.stubGlobal('requestIdleCallback', (run: Idle) => (run(deadline), 1));
  vi.stubGlobal('cancelIdleCallback', () => {});
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('gives the idle period the browser says is left', () => {
    stubIdle({ didTimeout: false, timeRemaining: () => 12 });
    let left = -1;
    whenIdle((l) => (left = l()));
    expect(left).toBe(12);
  });

  it('gives a run forced by the timeout a short budget of its own, not none', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    stubIdle({ didTimeout: true, timeRemaining: () => 0 });
    const seen: number[] = [];
    whenIdle((left) => {
      seen.push(left());
      vi.advanceTimersByTime(OVERDUE_BUDGET_MS / 2);
      seen.push(left());
      vi.advanceTimersByTime(OVERDUE_BUDGET_MS);
      seen.push(left());
    });
    expect(seen[0]).toBeCloseTo(OVERDUE_BUDGET_MS);
    expect(seen[1]).toBeCloseTo(OVERDUE_BUDGET_MS / 2);
    expect(seen[2]).toBeLessThan(0);
  });
});
