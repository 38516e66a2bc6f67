/** A table's sort: the column and the direction; clicking the same column again turns it. */
export interface SortState<K extends string> {
  key: K;
  ascending: boolean;
}

export const nextSort = <K extends string>(sort: SortState<K>, key: K): SortState<K> =>
  sort.key === key ? { key, ascending: !sort.ascending } : { key, ascending: true };

/** `rows` sorted by `value` of the chosen column, ties kept in their order; never in place. */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: SortState<K>,
  value: (row: T, key: K) => string | number,
): T[] {
  const sign = sort.ascending ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row, sort.key) }))
    .sort((a, b) => {
      const order =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), 'fi');
      return order * sign || a.i - b.i;
    })
    .map(({ row }) => row);
}

/** The value of `aria-sort` for a column header. */
export const ariaSort = <K extends string>(sort: SortState<K>, key: K) =>
  sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none';
