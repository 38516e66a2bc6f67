import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByRow, regroupByRow } from '../../../src/domain/groupByRow';

type Thing = { id: string; rowId: string; n: number };
const things: Thing[] = Array.from({ length: 30 }, (_, i) => ({
  id: `t${i}`,
  rowId: `r${i % 4}`,
  n: 0,
}));

describe('regroupByRow', () => {
  it('patches the row of a thing replaced in place, and keeps the other rows as they were', () => {
    const before = regroupByRow(null, things);
    const next = things.map((t, i) => (i === 5 ? { ...t, n: 1 } : t));
    const after = regroupByRow(before, next);
    expect(after.groups).toEqual(groupByRow(next));
    expect(after.groups.get('r1')).not.toBe(before.groups.get('r1'));
    for (const row of ['r0', 'r2', 'r3'])
      expect(after.groups.get(row)).toBe(before.groups.get(row));
  });

  it('groups afresh when a thing changes row or place in the list, or things come or go', () => {
    const before = regroupByRow(null, things);
    const moved = things.map((t, i) => (i === 5 ? { ...t, rowId: 'r2' } : t));
    const fewer = things.slice(1);
    // Two things of one row swapped in the list: the row's order follows the list.
    const swapped = things.map((t, i) => (i === 1 ? things[5]! : i === 5 ? things[1]! : t));
    for (const next of [moved, fewer, swapped])
      expect(regroupByRow(before, next).groups).toEqual(groupByRow(next));
  });

  it('always groups as groupByRow does, whatever the edits', () => {
    const edit = fc.record({ at: fc.nat({ max: 29 }), row: fc.option(fc.nat({ max: 5 })) });
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 70 }), { maxLength: 4 }), (rounds) => {
        let list = things;
        let grouped = regroupByRow(null, list);
        for (const edits of rounds) {
          const next = [...list];
          for (const { at, row } of edits) {
            const old = next[at] as Thing;
            next[at] = { ...old, n: old.n + 1, rowId: row === null ? old.rowId : `r${row}` };
          }
          list = next;
          grouped = regroupByRow(grouped, list);
          expect(grouped.groups).toEqual(groupByRow(list));
        }
      }),
    );
  });
});
