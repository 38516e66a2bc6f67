import '../../../src/domain/partCommands';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/domain/commands';
import { execute } from '../../../src/domain/execute';
import type { Plan } from '../../../src/domain/planSchema';
import { nextRiskNumber } from '../../../src/domain/risks/riskCommands';
import { serializePlanFile } from '../../../src/io/planFile';
import { FIXED_META } from '../../factories/files';
import { makePlan } from '../../factories/plans';
import {
  COUNTY_DECISIONS,
  FUNDING_CATEGORIES,
  WORKING_GROUP_RISKS,
  makeEntry,
  makeRisk,
} from '../../factories/risksAndFunding';

const file = (p: Plan) => serializePlanFile(p, FIXED_META);
const base = makePlan({
  risks: WORKING_GROUP_RISKS.slice(0, 3).map((r) => ({ ...r, itemIds: ['item-1'] })),
  funding: {
    categories: FUNDING_CATEGORIES,
    entries: COUNTY_DECISIONS.slice(0, 2).map((e) => ({ ...e, itemIds: ['item-1', 'item-2'] })),
  },
});

function run(plan: Plan, command: Command): Plan {
  const result = execute(plan, command);
  if (!result.ok) throw new Error(`refused: ${result.issues.map((i) => i.message).join(', ')}`);
  return result.plan;
}

describe('the funding sum placed on the roadmap', () => {
  it('stays through every edit of the table until it is taken off', () => {
    const summary = { label: 'Täydentävät rahoitushaut', date: '2022-01-01' };
    let plan = run(base, { type: 'funding/summary', summary });
    plan = run(plan, { type: 'funding/add', entry: makeEntry({ id: 'f-9', state: 'applied' }) });
    plan = run(plan, { type: 'funding/update', entry: makeEntry({ id: 'f-9', state: 'granted' }) });
    plan = run(plan, { type: 'funding/delete', id: 'f-1' });
    plan = run(plan, { type: 'funding/categories', categories: FUNDING_CATEGORIES });
    expect(plan.funding?.summary).toEqual(summary);
    expect(run(plan, { type: 'funding/summary', summary: null }).funding).not.toHaveProperty(
      'summary',
    );
  });
});

describe('risk and funding commands, there and back', () => {
  const risk = (n: number) => base.risks?.[n] as NonNullable<Plan['risks']>[number];
  const entry = (n: number) =>
    base.funding?.entries[n] as NonNullable<Plan['funding']>['entries'][number];

  it.each<[string, Command, Command, (next: Plan) => void]>([
    [
      'add a risk',
      { type: 'risk/add', risk: makeRisk({ id: 'risk-9', number: 9, title: 'Uusi' }) },
      { type: 'risk/delete', id: 'risk-9' },
      (next) => expect(next.risks?.map((r) => r.number)).toEqual([1, 2, 3, 9]),
    ],
    [
      'update a risk',
      { type: 'risk/update', risk: { ...risk(0), title: 'Aikataulut venyvät', owner: 'PMO' } },
      { type: 'risk/update', risk: risk(0) },
      (next) =>
        expect(next.risks?.[0]).toMatchObject({ title: 'Aikataulut venyvät', owner: 'PMO' }),
    ],
    [
      'delete a risk',
      { type: 'risk/delete', id: 'risk-3' },
      { type: 'risk/add', risk: risk(2) },
      (next) => expect(next.risks?.map((r) => r.id)).toEqual(['risk-1', 'risk-2']),
    ],
    [
      'rescore a risk',
      { type: 'risk/rescore', id: 'risk-3', probability: 'low', impact: 'minor' },
      { type: 'risk/rescore', id: 'risk-3', probability: 'medium', impact: 'severe' },
      (next) => expect(next.risks?.[2]).toMatchObject({ probability: 'low', impact: 'minor' }),
    ],
    [
      'add a decision',
      { type: 'funding/add', entry: COUNTY_DECISIONS[2] as never },
      { type: 'funding/delete', id: 'f-3' },
      (next) => expect(next.funding?.entries.map((e) => e.id)).toEqual(['f-1', 'f-2', 'f-3']),
    ],
    [
      'update a decision',
      { type: 'funding/update', entry: { ...entry(0), state: 'paid' } },
      { type: 'funding/update', entry: entry(0) },
      (next) => expect(next.funding?.entries[0]?.state).toBe('paid'),
    ],
    [
      'delete a decision',
      { type: 'funding/delete', id: 'f-2' },
      { type: 'funding/add', entry: entry(1) },
      (next) => expect(next.funding?.entries.map((e) => e.id)).toEqual(['f-1']),
    ],
    [
      'rename and add categories',
      {
        type: 'funding/categories',
        categories: [
          { id: 'basic', name: 'Valmistelurahoitus' },
          { id: 'ict', name: 'ICT-muutostuki' },
          { id: 'eu', name: 'EU-rahoitus' },
        ],
      },
      { type: 'funding/categories', categories: FUNDING_CATEGORIES },
      (next) => expect(next.funding?.categories.map((c) => c.name)).toContain('EU-rahoitus'),
    ],
    [
      'place the sum on the roadmap',
      {
        type: 'funding/summary',
        summary: { label: 'Täydentävät rahoitushaut', date: '2022-06-15' },
      },
      { type: 'funding/summary', summary: null },
      (next) => expect(next.funding?.summary?.label).toBe('Täydentävät rahoitushaut'),
    ],
  ])('%s, and back to the same file bytes', (_, command, inverse, check) => {
    const next = run(base, command);
    check(next);
    expect(file(next)).not.toBe(file(base));
    expect(file(run(next, inverse))).toBe(file(base));
    expect(JSON.parse(file(next)).plan).toEqual(JSON.parse(JSON.stringify(next)));
  });

  it('leaves the keys out again once the last risk and the last decision are gone', () => {
    const plain = makePlan();
    const withRisk = run(plain, { type: 'risk/add', risk: makeRisk() });
    const withEntry = run(withRisk, {
      type: 'funding/add',
      entry: makeEntry(),
      categories: FUNDING_CATEGORIES,
    });
    expect(withEntry.funding?.categories).toEqual(FUNDING_CATEGORIES);
    const back = run(run(withEntry, { type: 'funding/delete', id: 'funding-1' }), {
      type: 'risk/delete',
      id: 'risk-1',
    });
    expect(file(back)).toBe(file(plain));
  });

  it('refuses a risk under a number already taken, and a rescore of nothing changes nothing', () => {
    const result = execute(base, { type: 'risk/add', risk: makeRisk({ id: 'risk-x', number: 2 }) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message)).toEqual(['duplicateRiskNumber']);
    const same = run(base, {
      type: 'risk/rescore',
      id: 'nope',
      probability: 'low',
      impact: 'minor',
    });
    expect(file(same)).toBe(file(base));
  });

  it('refuses to remove a category that still has amounts', () => {
    const result = execute(base, {
      type: 'funding/categories',
      categories: [{ id: 'basic', name: 'Perusrahoitus' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message)).toEqual(['unknownCategory']);
  });

  it('deleting an item takes its links from risks and decisions along', () => {
    const next = run(base, { type: 'items/delete', ids: ['item-1'] });
    expect(next.risks?.every((r) => r.itemIds === undefined)).toBe(true);
    expect(next.funding?.entries.map((e) => e.itemIds)).toEqual([['item-2'], ['item-2']]);
  });

  it('deleting a lane takes the links of the items on it along', () => {
    const next = run(base, { type: 'lane/delete', id: 'lane-1' });
    expect(next.items).toEqual([]);
    expect(next.funding?.entries.every((e) => e.itemIds === undefined)).toBe(true);
  });

  it('numbers a new risk one above the highest', () => {
    expect(nextRiskNumber(base)).toBe(4);
    expect(nextRiskNumber(makePlan())).toBe(1);
  });
});
