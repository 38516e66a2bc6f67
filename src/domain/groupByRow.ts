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

/** Things grouped by `groupByRow`, with the list they were grouped from. */
export interface RowGroups<T> {
  things: readonly T[];
  groups: Map<string, T[]>;
}

/** More changes than this are grouped afresh: patching them costs as much. */
const PATCHED_MAX = 64;

/**
 * The groups of `things`, patched from `before` when only a few things were replaced in place on
 * their own rows (a drop, a keyboard move): a 5,000-item plan is not grouped again for one edit.
 * Unchanged rows keep their arrays.
 */
export function regroupByRow<T extends { rowId: string }>(
  before: RowGroups<T> | null,
  things: readonly T[],
): RowGroups<T> {
  const replaced = before && replacedOnTheirRows(before.things, things);
  if (!before || !replaced) return { things, groups: groupByRow(things) };
  const groups = new Map(before.groups);
  for (const i of replaced) {
    const old = before.things[i] as T;
    const group = [...(groups.get(old.rowId) ?? [])];
    group[group.indexOf(old)] = things[i] as T;
    groups.set(old.rowId, group);
  }
  return { things, groups };
}

/** The indices of things replaced on the same row, or null for any other change (or too many). */
function replacedOnTheirRows<T extends { rowId: string }>(
  before: readonly T[],
  after: readonly T[],
): number[] | null {
  if (before.length !== after.length) return null;
  const replaced: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const [a, b] = [before[i] as T, after[i] as T];
    if (a === b) continue;
    if (a.rowId !== b.rowId || replaced.length === PATCHED_MAX) return null;
    replaced.push(i);
  }
  // A thing that only moved to another index (two swapped) changes the order within its row;
  // it takes two replaced indices for one to have moved into the other's.
  return replaced.length < 2 || !replaced.some((i) => before.includes(after[i] as T))
    ? replaced
    : null;
}
