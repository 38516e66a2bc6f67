import type { FundingCategory, FundingEntry } from '../../src/domain/funding/fundingSchema';
import type { Risk } from '../../src/domain/risks/riskSchema';
import type { Plan } from '../../src/domain/planSchema';
import { makePlan } from './plans';

export function makeRisk(overrides: Partial<Risk> = {}): Risk {
  return {
    id: 'risk-1',
    number: 1,
    title: 'Aikataulut',
    probability: 'high',
    impact: 'severe',
    status: 'open',
    ...overrides,
  };
}

/** The working group's six risks, scored on its 3 × 3 matrix (DOMAIN.md). */
export const WORKING_GROUP_RISKS: readonly Risk[] = [
  makeRisk({ id: 'risk-1', number: 1, title: 'Aikataulut', probability: 'high', impact: 'severe' }),
  makeRisk({
    id: 'risk-2',
    number: 2,
    title: 'Linjaukset',
    probability: 'high',
    impact: 'moderate',
  }),
  makeRisk({ id: 'risk-3', number: 3, title: 'Rahoitus', probability: 'medium', impact: 'severe' }),
  makeRisk({
    id: 'risk-4',
    number: 4,
    title: 'Jatkuvuuden turvaaminen',
    probability: 'medium',
    impact: 'severe',
  }),
  makeRisk({
    id: 'risk-5',
    number: 5,
    title: 'Resurssit',
    probability: 'medium',
    impact: 'moderate',
  }),
  makeRisk({
    id: 'risk-6',
    number: 6,
    title: 'Digitalisaation edistäminen',
    probability: 'low',
    impact: 'moderate',
  }),
];

export const FUNDING_CATEGORIES: FundingCategory[] = [
  { id: 'basic', name: 'Perusrahoitus' },
  { id: 'ict', name: 'ICT-rahoitus' },
];

export function makeEntry(overrides: Partial<FundingEntry> = {}): FundingEntry {
  return {
    id: 'funding-1',
    date: '2021-07-01',
    decider: 'VM',
    state: 'granted',
    amounts: [{ category: 'basic', cents: 94_208_600 }],
    years: [2021],
    ...overrides,
  };
}

const euros = (n: number) => n * 100;

/** The county's five preparation funding decisions, 2021–2022 (DOMAIN.md): 28 875 950 € in all. */
export const COUNTY_DECISIONS: readonly FundingEntry[] = [
  makeEntry({
    id: 'f-1',
    date: '2021-07-01',
    decider: 'VM',
    amounts: [{ category: 'basic', cents: euros(942_086) }],
  }),
  makeEntry({
    id: 'f-2',
    date: '2021-10-14',
    decider: 'STM',
    reference: 'VN/25540/2021',
    amounts: [{ category: 'ict', cents: euros(999_588) }],
  }),
  makeEntry({
    id: 'f-3',
    date: '2021-12-21',
    decider: 'VM',
    reference: 'VN/14629/2021',
    amounts: [{ category: 'basic', cents: euros(2_974_573) }],
  }),
  makeEntry({
    id: 'f-4',
    date: '2021-12-20',
    decider: 'STM',
    reference: 'VN/27060/2021',
    amounts: [{ category: 'ict', cents: euros(12_434_759) }],
    years: [2022],
  }),
  makeEntry({
    id: 'f-5',
    date: '2022-03-28',
    decider: 'VM',
    reference: 'VN/14629/2021',
    amounts: [
      { category: 'basic', cents: euros(1_342_145) },
      { category: 'ict', cents: euros(10_182_799) },
    ],
    years: [2022],
  }),
];

/** A plan with the working group's six risks and the county's five funding decisions. */
export const planWithParts = (): Plan =>
  makePlan({
    risks: [...WORKING_GROUP_RISKS],
    funding: { categories: FUNDING_CATEGORIES, entries: [...COUNTY_DECISIONS] },
  });
