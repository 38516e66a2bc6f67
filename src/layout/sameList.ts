/** Whether two lists hold the same values in the same order: a redraw from equal inputs is skipped. */
export const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => value === b[i]);
