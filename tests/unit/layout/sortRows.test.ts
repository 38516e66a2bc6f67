import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, sortRows } from '../../../src/components/sortState';

const rows = [
  { n: 3, t: 'Rahoitus' },
  { n: 1, t: 'Aikataulut' },
  { n: 2, t: 'Äänestys' },
  { n: 10, t: 'aikataulut' },
];

describe('sortable tables', () => {
  it.each<['n' | 't', boolean, number[]]>([
    ['n', true, [1, 2, 3, 10]],
    ['n', false, [10, 3, 2, 1]],
    ['t', true, [10, 1, 3, 2]],
  ])('sort by %s (ascending %s)', (key, ascending, expected) => {
    const sorted = sortRows(rows, { key, ascending }, (row, k) => row[k]);
    expect(sorted.map((r) => r.n)).toEqual(expected);
    expect(rows.map((r) => r.n)).toEqual([3, 1, 2, 10]);
  });

  it('turns the direction on a second click and starts ascending on another column', () => {
    expect(nextSort({ key: 'n', ascending: true }, 'n')).toEqual({ key: 'n', ascending: false });
    expect(nextSort({ key: 'n', ascending: false }, 't')).toEqual({ key: 't', ascending: true });
    expect(ariaSort({ key: 'n', ascending: false }, 'n')).toBe('descending');
    expect(ariaSort({ key: 'n', ascending: false }, 't')).toBe('none');
  });
});
