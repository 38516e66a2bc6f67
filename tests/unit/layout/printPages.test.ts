import { describe, expect, it } from 'vitest';
import { groupLanes } from '../../../src/layout/printPages';

describe('groupLanes', () => {
  it.each([
    [[100, 100, 100], 250, [['a', 'b'], ['c']]],
    [[100, 300, 50], 250, [['a'], ['b'], ['c']]],
    [[100, 100, 100], 1000, [['a', 'b', 'c']]],
    [[], 100, []],
  ])('packs lanes of %j px into pages of %i px', (heights, max, pages) => {
    const lanes = heights.map((height, i) => ({ id: 'abc'[i] as string, height }));
    expect(groupLanes(lanes, max).map((page) => page.map((lane) => lane.id))).toEqual(pages);
  });
});
