import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../../../../src/domain/planSchema';
import {
  COUNTY_DECISIONS,
  FUNDING_CATEGORIES,
  WORKING_GROUP_RISKS,
  makeEntry,
  makeRisk,
} from '../../../factories/risksAndFunding';
import { makePlan } from '../../../factories/plans';

const issuesOf = (plan: unknown) =>
  (planSchema.safeParse(plan).error?.issues ?? []).map((issue) => ({
    message: issue.message,
    path: issue.path.join('.'),
  }));

const withRisks = (risks: unknown[]) => ({ ...makePlan(), risks }) as unknown as Plan;
const withEntries = (entries: unknown[], categories = FUNDING_CATEGORIES) =>
  ({ ...makePlan(), funding: { categories, entries } }) as unknown as Plan;

describe('the risk register and the funding table in the plan schema', () => {
  it('accepts the working group’s six risks and the county’s five decisions', () => {
    const plan = {
      ...makePlan(),
      risks: [...WORKING_GROUP_RISKS],
      funding: { categories: FUNDING_CATEGORIES, entries: [...COUNTY_DECISIONS] },
    };
    expect(issuesOf(plan)).toEqual([]);
  });

  it('reads a plan without them without adding the keys', () => {
    const parsed = planSchema.parse(makePlan());
    expect('risks' in parsed).toBe(false);
    expect('funding' in parsed).toBe(false);
  });

  it('fills in an open status for a risk that leaves it out', () => {
    const { status: _, ...risk } = makeRisk();
    expect(planSchema.parse(withRisks([risk])).risks?.[0]?.status).toBe('open');
  });

  it.each<[string, unknown[], { message: string; path: string }[]]>([
    [
      'two risks under one number',
      [makeRisk(), makeRisk({ id: 'risk-2' })],
      [{ message: 'duplicateRiskNumber', path: 'risks.1.number' }],
    ],
    [
      'risk number 0',
      [makeRisk({ number: 0 })],
      [{ message: 'badRiskNumber', path: 'risks.0.number' }],
    ],
    [
      'risk number 1.5',
      [makeRisk({ number: 1.5 })],
      [{ message: 'badRiskNumber', path: 'risks.0.number' }],
    ],
    [
      'risk number 1000',
      [makeRisk({ number: 1000 })],
      [{ message: 'badRiskNumber', path: 'risks.0.number' }],
    ],
    ['a blank title', [makeRisk({ title: '  ' })], [{ message: 'blank', path: 'risks.0.title' }]],
    [
      'a link to an item that is not there',
      [makeRisk({ itemIds: ['item-1', 'nothing'] })],
      [{ message: 'unknownItem', path: 'risks.0.itemIds.1' }],
    ],
    [
      'the same item linked twice',
      [makeRisk({ itemIds: ['item-1', 'item-1'] })],
      [{ message: 'duplicateId', path: 'risks.0.itemIds.1' }],
    ],
    [
      'a risk with an item’s id',
      [makeRisk({ id: 'item-1' })],
      [{ message: 'duplicateId', path: 'risks.0.id' }],
    ],
  ])('refuses %s', (_, risks, expected) => {
    expect(issuesOf(withRisks(risks))).toEqual(expected);
  });

  it('refuses an unknown probability and an unknown key', () => {
    const messages = issuesOf(withRisks([{ ...makeRisk(), probability: 'huge', score: 9 }]));
    expect(messages.map((m) => m.path).sort()).toEqual(['risks.0', 'risks.0.probability']);
  });

  it.each<[string, unknown[], { message: string; path: string }[]]>([
    [
      'an amount in fractions of a cent',
      [makeEntry({ amounts: [{ category: 'basic', cents: 10.5 }] })],
      [{ message: 'badAmount', path: 'funding.entries.0.amounts.0.cents' }],
    ],
    [
      'a negative amount',
      [makeEntry({ amounts: [{ category: 'basic', cents: -1 }] })],
      [{ message: 'badAmount', path: 'funding.entries.0.amounts.0.cents' }],
    ],
    [
      'an amount over 10 000 M€',
      [makeEntry({ amounts: [{ category: 'basic', cents: 1_000_000_000_001 }] })],
      [{ message: 'badAmount', path: 'funding.entries.0.amounts.0.cents' }],
    ],
    [
      'a year with a decimal',
      [makeEntry({ years: [2021.5] })],
      [{ message: 'badYear', path: 'funding.entries.0.years.0' }],
    ],
    [
      'a year out of range',
      [makeEntry({ years: [20211] })],
      [{ message: 'badYear', path: 'funding.entries.0.years.0' }],
    ],
    [
      'a year twice',
      [makeEntry({ years: [2021, 2022, 2021] })],
      [{ message: 'duplicateYear', path: 'funding.entries.0.years.2' }],
    ],
    [
      'a reference with a character a register number never holds',
      [makeEntry({ reference: 'VN/1<script>' })],
      [{ message: 'badReference', path: 'funding.entries.0.reference' }],
    ],
    [
      'a reference that ends in a space',
      [makeEntry({ reference: 'VN/14629/2021 ' })],
      [{ message: 'badReference', path: 'funding.entries.0.reference' }],
    ],
    [
      'a reference of 61 characters',
      [makeEntry({ reference: 'A'.repeat(61) })],
      [{ message: 'badReference', path: 'funding.entries.0.reference' }],
    ],
    [
      'an amount of a category that is not there',
      [makeEntry({ amounts: [{ category: 'eu', cents: 100 }] })],
      [{ message: 'unknownCategory', path: 'funding.entries.0.amounts.0.category' }],
    ],
    [
      'two amounts of one category',
      [
        makeEntry({
          amounts: [
            { category: 'basic', cents: 100 },
            { category: 'basic', cents: 200 },
          ],
        }),
      ],
      [{ message: 'duplicateCategory', path: 'funding.entries.0.amounts.1.category' }],
    ],
    [
      'a decision linked to an item that is not there',
      [makeEntry({ itemIds: ['nothing'] })],
      [{ message: 'unknownItem', path: 'funding.entries.0.itemIds.0' }],
    ],
    [
      'a decision with a risk’s id',
      [makeEntry({ id: 'item-2' })],
      [{ message: 'duplicateId', path: 'funding.entries.0.id' }],
    ],
  ])('refuses %s', (_, entries, expected) => {
    expect(issuesOf(withEntries(entries))).toEqual(expected);
  });

  it('accepts the ministries’ references', () => {
    for (const reference of ['VN/14629/2021', 'STM/1234/2021', 'EU 2021/123', 'Dnro 12.3 (2022)'])
      expect(issuesOf(withEntries([makeEntry({ reference })]))).toEqual([]);
  });

  it('refuses two categories under one id', () => {
    const categories = [...FUNDING_CATEGORIES, { id: 'ict', name: 'EU' }];
    expect(issuesOf(withEntries([], categories))).toEqual([
      { message: 'duplicateId', path: 'funding.categories.2.id' },
    ]);
  });
});
