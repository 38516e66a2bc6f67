/** Things on rows (items, tracks) grouped by row id, each group in the plan's own order. */
export function groupByRow<T extends { rowId: string }>(things: readonly T[]): Map<string, T[]> {
  const byRow = new Map<string, T[]>();
  for (const thing of things) {
    const group = byRow.get(thing.rowId);
    if (group) group.push(thing);
    else byRow.set(thing.rowId, [thing]);
  }
  return byRow;
}
