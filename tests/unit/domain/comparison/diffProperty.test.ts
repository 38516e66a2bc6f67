import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../../src/domain/commands';
import { diffPlans } from '../../../../src/domain/comparison/diffPlans';
import { snapshotOf } from '../../../../src/domain/comparison/snapshotOf';
import { STATUSES, type Item, type Plan } from '../../../../src/domain/planSchema';
import { generatePlan } from '../../../factories/generatePlan';

const PLAN = generatePlan({ items: 80, seed: 7 });
const ROWS = PLAN.lanes.flatMap((lane) => lane.rows.map((row) => row.id));

type Edit = 'shift' | 'rename' | 'status' | 'row' | 'delete' | 'add';
const EDITS: Edit[] = ['shift', 'rename', 'status', 'row', 'delete', 'add'];

/** A command that changes what a baseline keeps of `item`, so the change cannot go unseen. */
function commandFor(edit: Edit, item: Item, n: number): Command {
  switch (edit) {
    case 'shift':
      return { type: 'items/shift', ids: [item.id], shift: { amount: 1 + (n % 60), unit: 'day' } };
    case 'rename':
      return { type: 'item/update', id: item.id, changes: { label: `${item.label} (${n})` } };
    case 'status': {
      const others = STATUSES.filter((s) => s !== item.status);
      return { type: 'item/update', id: item.id, changes: { status: others[n % others.length] } };
    }
    case 'row': {
      const others = ROWS.filter((r) => r !== item.rowId);
      return {
        type: 'items/moveToRow',
        ids: [item.id],
        rowId: others[n % others.length] as string,
      };
    }
    case 'delete':
      return { type: 'items/delete', ids: [item.id] };
    case 'add':
      return {
        type: 'item/add',
        item: {
          id: `new-${n}`,
          type: 'milestone',
          rowId: item.rowId,
          label: 'Uusi',
          date: '2025-03-03',
          status: 'planned',
        },
      };
  }
}

/** Runs the edits on items none touched before; returns the plan and the ids they touched. */
function runEdits(edits: [Edit, number][]): { plan: Plan; touched: Map<string, string> } {
  let plan = PLAN;
  const touched = new Map<string, string>();
  edits.forEach(([edit, pick], n) => {
    const free = plan.items.filter((item) => !touched.has(item.id));
    const item = free[pick % free.length];
    if (!item) return;
    const command = commandFor(edit, item, n);
    plan = applyCommand(plan, command);
    if (edit === 'add') touched.set(`new-${n}`, 'added');
    else touched.set(item.id, edit === 'delete' ? 'removed' : 'changed');
  });
  return { plan, touched };
}

describe('property: a plan compared with itself after random commands', () => {
  it.each([1, 2, 3])('reports exactly the items those commands touched, seed %i', (seed) => {
    const edits = fc.array(fc.tuple(fc.constantFrom(...EDITS), fc.nat(1000)), { maxLength: 30 });
    fc.assert(
      fc.property(edits, (list) => {
        const { plan, touched } = runEdits(list);
        const result = diffPlans(snapshotOf(PLAN), snapshotOf(plan));
        const reported = new Map(result.items.map((d) => [d.id, d.kind]));
        expect(reported).toEqual(touched);
      }),
      { seed, numRuns: 60 },
    );
  });
});
