import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import type { PlanRepository, StoredPlan } from '../../src/persistence/planRepository';
import { OpenPlan } from '../../src/state/openPlan.svelte';
import { makePlan } from '../factories/plans';

const repository = {
  save: async (id: string, plan: unknown, rev = -1) => ({
    id,
    plan,
    revision: rev + 1,
    savedAt: new Date(),
  }),
} as unknown as PlanRepository;
const open = () =>
  new OpenPlan(
    { id: 'p', revision: 0, savedAt: new Date(), plan: makePlan() } as StoredPlan,
    repository,
  );
const MOVE: Command = { type: 'items/shift', ids: ['item-1'], shift: { amount: 7, unit: 'day' } };

describe('undo and redo', () => {
  it('undoes a command back to the very same plan and redoes it', () => {
    const plan = open();
    const original = plan.plan;
    plan.exec(MOVE);
    const moved = plan.plan;
    expect(plan.undo()?.command).toEqual(MOVE);
    expect(plan.plan).toBe(original);
    plan.redo();
    expect(plan.plan).toBe(moved);
    plan.dispose();
  });

  it('never undoes past the plan as it was opened', () => {
    const plan = open();
    const original = plan.plan;
    plan.exec(MOVE);
    plan.exec({ type: 'plan/update', changes: { title: 'B' } });
    plan.undo();
    plan.undo();
    expect(plan.undo()).toBeUndefined();
    expect(plan.plan).toBe(original);
    plan.dispose();
  });

  it('forgets the redo branch after a new edit', () => {
    const plan = open();
    plan.exec(MOVE);
    plan.undo();
    plan.exec({ type: 'plan/update', changes: { title: 'B' } });
    expect(plan.redoStack).toEqual([]);
    plan.dispose();
  });

  it('refuses a command whose result the schema rejects, leaving plan and history alone', () => {
    const plan = open();
    const original = plan.plan;
    const result = plan.exec({ type: 'item/update', id: 'item-1', changes: { end: '2000-01-01' } });
    expect(result.ok).toBe(false);
    expect(plan.plan).toBe(original);
    expect(plan.undoStack).toEqual([]);
    plan.dispose();
  });
});
