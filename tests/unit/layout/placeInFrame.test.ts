import { describe, expect, it } from 'vitest';
import { placeInFrame } from '../../../src/components/timeline/placeInFrame';

const frame = { left: 100, top: 50, right: 900, bottom: 600 };
const box = { width: 300, height: 80 };

describe('a tooltip inside the chart in view', () => {
  it('sits under the item where it fits', () => {
    expect(placeInFrame({ ...box, left: 200, top: 300, above: 260 }, frame)).toEqual({
      left: 200,
      top: 300,
    });
  });

  it('goes above the item near the bottom edge', () => {
    expect(placeInFrame({ ...box, left: 200, top: 560, above: 520 }, frame)).toEqual({
      left: 200,
      top: 440,
    });
  });

  it('moves left from the right edge and right from the left edge', () => {
    expect(placeInFrame({ ...box, left: 800, top: 300, above: 260 }, frame).left).toBe(594);
    expect(placeInFrame({ ...box, left: 20, top: 300, above: 260 }, frame).left).toBe(106);
  });

  it('never rises above the frame', () => {
    expect(placeInFrame({ ...box, height: 500, left: 200, top: 560, above: 100 }, frame).top).toBe(
      56,
    );
  });
});
