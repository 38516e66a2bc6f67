import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChanged } from '../../../src/domain/checkChanged';
import { applyCommand, type Command } from '../../../src/domain/commands';
import { execute } from '../../../src/domain/execute';
import { generatePlan } from '../../factories/generatePlan';
import { planSchema, type Plan } from '../../../src/domain/planSchema';

const TEXTS = [
  'Testaus',
  '',
  '  ',
  'Tab\tin label',
  'Nonchar \uffff',
  'x'.repeat(301),
  'Käyttöönotto?',
];
const DATES = ['2022-04-01', '2022-02-30', '9999-12-31', '1899-12-31', '2200-12-31', '2023-01-15'];

/** A command of each kind, aimed at things the plan has (or, sometimes, does not have). */
function commandFor(plan: Plan, pick: number[]): Command {
  const [a = 0, b = 0, c = 0, d = 0] = pick;
  const item = plan.items[a % plan.items.length]!;
  const rows = plan.lanes.flatMap((lane) => lane.rows);
  const lane = plan.lanes[b % plan.lanes.length]!;
  const text = TEXTS[c % TEXTS.length]!;
  const date = DATES[d % DATES.length]!;
  const commands: Command[] = [
    { type: 'item/update', id: item.id, changes: { label: text } },
    {
      type: 'item/update',
      id: item.id,
      changes: { date, start: date, end: DATES[c % DATES.length] },
    },
    {
      type: 'items/moveToRow',
      ids: [item.id],
      rowId: c % 4 ? rows[b % rows.length]!.id : 'no-such-row',
    },
    { type: 'items/shift', ids: [item.id], shift: { amount: (c - 3) * 40_000, unit: 'day' } },
    {
      type: 'item/add',
      item: { ...item, id: c % 3 ? `new-${a}` : plan.items[b % plan.items.length]!.id },
    },
    { type: 'items/delete', ids: [item.id] },
    { type: 'row/rename', id: rows[a % rows.length]!.id, name: text },
    { type: 'lane/update', id: lane.id, changes: { color: c % 2 ? '#123456' : 'red' } },
    { type: 'plan/update', changes: { title: text } },
    { type: 'plan/update', changes: { window: { start: '2022-01-01', end: date } } },
    {
      type: 'marker/add',
      marker: { id: c % 2 ? `marker-${a}` : item.id, type: 'meeting', label: text, date },
    },
  ];
  if (plan.tracks[0])
    commands.push({
      type: 'track/update',
      id: plan.tracks[0].id,
      changes: {
        checkpoints: [
          { date: '2022-05-01', percent: 10 },
          { date, percent: c * 20 },
        ],
      },
    });
  return commands[(a + b + c + d) % commands.length]!;
}

describe('checking only what a command changed', () => {
  it('agrees with the whole-plan schema on every command, valid or not', () => {
    const seen = { valid: 0, invalid: 0 };
    const plans = [1, 2, 3].map((seed) =>
      generatePlan({ items: 60, seed, lanes: 3, rowsPerLane: 3, years: 2 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: plans.length - 1 }),
        fc.array(fc.nat(1000), { minLength: 4, maxLength: 4 }),
        (p, pick) => {
          const plan = plans[p]!;
          const next = applyCommand(plan, commandFor(plan, pick));
          const valid = planSchema.safeParse(next).success;
          seen[valid ? 'valid' : 'invalid']++;
          expect(checkChanged(plan, next)).toBe(valid);
        },
      ),
      { seed: 2022, numRuns: 2000 },
    );
    // Both kinds of command are drawn often, so the agreement means something either way.
    expect(Math.min(seen.valid, seen.invalid)).toBeGreaterThan(400);
  });

  it('refuses with the same issues as the whole-plan schema', () => {
    const plan = generatePlan({ items: 20, seed: 7 });
    const command: Command = { type: 'plan/update', changes: { title: '  ' } };
    const result = execute(plan, command);
    const full = planSchema.safeParse(applyCommand(plan, command));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual(full.success ? [] : full.error.issues);
  });
});
