import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/domain/comparison/diffPlans';
import { snapshotOf, takeBaseline } from '../../../src/domain/comparison/snapshotOf';
import { baselineSchema } from '../../../src/domain/baselineSchema';
import type { FundingEntry } from '../../../src/domain/funding/fundingSchema';
import type { Plan } from '../../../src/domain/planSchema';
import { changeLines } from '../../../src/i18n/changeText';
import type { Language } from '../../../src/i18n/languages';
import { tFor } from '../../factories/changes';
import { makePlan } from '../../factories/plans';
import { COUNTY_DECISIONS, FUNDING_CATEGORIES, makeEntry } from '../../factories/risksAndFunding';

const withEntries = (entries: FundingEntry[]): Plan =>
  makePlan({ funding: { categories: FUNDING_CATEGORIES, entries } });
const before = withEntries([...COUNTY_DECISIONS]);
const linesOf = (after: Plan, language: Language, from: Plan = before) => {
  const sides = { before: snapshotOf(from), after: snapshotOf(after) };
  return changeLines(
    { comparison: diffPlans(sides.before, sides.after), ...sides },
    tFor(language),
    language,
  );
};

const CASES: [string, Plan, Record<Language, string>][] = [
  [
    'an application added',
    withEntries([
      ...COUNTY_DECISIONS,
      makeEntry({ id: 'haku', date: '2022-09-01', decider: 'EU', state: 'applied', years: [2023] }),
    ]),
    {
      fi: 'Uusi rahoitus: EU haku 1.9.2022, 942 086 €, haettu, 2023',
      sv: 'Ny finansiering: EU ansökan 1.9.2022, 942 086 €, ansökt, 2023',
      en: 'New funding: EU application 1 Sep 2022, 942 086 €, applied, 2023',
    },
  ],
  [
    'a decision removed',
    withEntries(COUNTY_DECISIONS.filter((e) => e.id !== 'f-1')),
    {
      fi: 'Rahoitus poistettiin: VM päätös 1.7.2021, 942 086 €, myönnetty, 2021',
      sv: 'Finansiering togs bort: FM beslut 1.7.2021, 942 086 €, beviljat, 2021',
      en: 'Funding removed: VM decision 1 Jul 2021, 942 086 €, granted, 2021',
    },
  ],
  [
    'a decision paid',
    withEntries(COUNTY_DECISIONS.map((e) => (e.id === 'f-2' ? { ...e, state: 'paid' } : e))),
    {
      fi: 'Rahoitus ”STM päätös 14.10.2021” muuttui: 999 588 €, myönnetty, VN/25540/2021, 2021 → 999 588 €, maksettu, VN/25540/2021, 2021',
      sv: 'Finansieringen ”SHM beslut 14.10.2021” ändrades: 999 588 €, beviljat, VN/25540/2021, 2021 → 999 588 €, utbetalt, VN/25540/2021, 2021',
      en: 'Funding “STM decision 14 Oct 2021” changed: 999 588 €, granted, VN/25540/2021, 2021 → 999 588 €, paid, VN/25540/2021, 2021',
    },
  ],
];

describe('funding lines of the change list', () => {
  describe.each(CASES)('%s', (_, after, texts) => {
    it.each(['fi', 'sv', 'en'] as const)('reads in %s', (language) => {
      const lines = linesOf(after, language);
      expect(lines.map((l) => l.text.replace(/\u00a0/g, ' '))).toEqual([texts[language]]);
      expect(lines[0]).toMatchObject({ kind: 'funding', laneId: null, itemId: null });
    });
  });

  it('ignores the items an entry funds, which a baseline does not keep', () => {
    const linked = withEntries(COUNTY_DECISIONS.map((e) => ({ ...e, itemIds: ['item-1'] })));
    expect(linesOf(linked, 'fi')).toEqual([]);
  });

  it('counts a first funding table as new against a baseline of a plan without one', () => {
    expect(linesOf(before, 'fi', makePlan()).map((l) => l.key)).toEqual(
      ['f-1', 'f-2', 'f-4', 'f-3', 'f-5'].map((id) => `funding:${id}:added`),
    );
  });

  it('compares no funding against a baseline saved before baselines kept it', () => {
    const { funding: _, ...older } = snapshotOf(makePlan());
    const after = snapshotOf(before);
    expect(diffPlans(older, after).funding).toEqual([]);
  });
});

describe('a baseline', () => {
  it('keeps the funding table, and reads back through its schema', () => {
    const baseline = takeBaseline(before, {
      id: 'b-1',
      name: 'Ohjausryhmä',
      savedOn: '2022-06-15',
    });
    expect(baseline.funding?.entries.map((e) => e.id)).toEqual(COUNTY_DECISIONS.map((e) => e.id));
    expect(baselineSchema.safeParse(baseline).success).toBe(true);
  });
});
