import { describe, expect, it } from 'vitest';
import { groupLanes, printPages } from '../../../src/layout/printPages';

const range = { start: '2021-11-01', end: '2023-02-14' };

describe('printPages', () => {
  it('puts the whole range on one page when fitting', () => {
    expect(printPages(range, 'a4', 'fit')).toEqual([range]);
  });

  it('splits by whole months, four to an A4 page, covering every day once', () => {
    const pages = printPages(range, 'a4', 'split');
    expect(pages).toEqual([
      { start: '2021-11-01', end: '2022-02-28' },
      { start: '2022-03-01', end: '2022-06-30' },
      { start: '2022-07-01', end: '2022-10-31' },
      { start: '2022-11-01', end: '2023-02-14' },
    ]);
  });

  it('puts six months on an A3 page and clips the first and last page to the range', () => {
    const pages = printPages({ start: '2022-01-15', end: '2022-12-10' }, 'a3', 'split');
    expect(pages).toEqual([
      { start: '2022-01-15', end: '2022-06-30' },
      { start: '2022-07-01', end: '2022-12-10' },
    ]);
  });
});

describe('groupLanes', () => {
  it.each([
    [[100, 100, 100], 250, [['a', 'b'], ['c']]],
    [[100, 300, 50], 250, [['a'], ['b'], ['c']]],
    [[100, 100, 100], 1000, [['a', 'b', 'c']]],
    [[], 100, []],
  ])('packs lanes of %j px into pages of %i px', (heights, max, pages) => {
    const lanes = heights.map((height, i) => ({ id: 'abc'[i] as string, height }));
    expect(groupLanes(lanes, max)).toEqual(pages);
  });
});
