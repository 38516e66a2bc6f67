import { describe, expect, it } from 'vitest';
import { baselineSchema } from '../../../src/domain/baselineSchema';
import { diffPlans } from '../../../src/domain/comparison/diffPlans';
import { snapshotOf, takeBaseline } from '../../../src/domain/comparison/snapshotOf';
import type { Plan } from '../../../src/domain/planSchema';
import type { Risk } from '../../../src/domain/risks/riskSchema';
import { changeLines } from '../../../src/i18n/changeText';
import type { Language } from '../../../src/i18n/languages';
import { tFor } from '../../factories/changes';
import { makePlan } from '../../factories/plans';
import { WORKING_GROUP_RISKS } from '../../factories/risksAndFunding';

const before = makePlan({ risks: [...WORKING_GROUP_RISKS] });
const withRisks = (edit: (risks: Risk[]) => Risk[]): Plan => ({
  ...before,
  risks: edit([...WORKING_GROUP_RISKS]),
});
const linesOf = (after: Plan, language: Language, from: Plan = before) => {
  const sides = { before: snapshotOf(from), after: snapshotOf(after) };
  return changeLines(
    { comparison: diffPlans(sides.before, sides.after), ...sides },
    tFor(language),
    language,
  );
};
const edit = (number: number, change: Partial<Risk>) =>
  withRisks((risks) => risks.map((r) => (r.number === number ? { ...r, ...change } : r)));

const CASES: [string, Plan, Record<Language, string>][] = [
  [
    'a risk added',
    withRisks((risks) => [
      ...risks,
      {
        id: 'risk-7',
        number: 7,
        title: 'Osaaminen',
        probability: 'low',
        impact: 'severe',
        status: 'open',
      },
    ]),
    {
      fi: 'Uusi riski 7 ”Osaaminen”: matala × vakava',
      sv: 'Ny risk 7 ”Osaaminen”: låg × allvarlig',
      en: 'New risk 7 “Osaaminen”: low × severe',
    },
  ],
  [
    'a risk removed',
    withRisks((risks) => risks.filter((r) => r.number !== 2)),
    {
      fi: 'Riski 2 ”Linjaukset” poistettiin (oli korkea × kohtalainen, avoin)',
      sv: 'Risk 2 ”Linjaukset” togs bort (var hög × måttlig, öppen)',
      en: 'Risk 2 “Linjaukset” was removed (was high × moderate, open)',
    },
  ],
  [
    'a risk rescored',
    edit(5, { probability: 'low', impact: 'minor' }),
    {
      fi: 'Riski 5 ”Resurssit” arvioitiin uudelleen: kohtalainen × kohtalainen → matala × vähäinen',
      sv: 'Risk 5 ”Resurssit” bedömdes om: måttlig × måttlig → låg × liten',
      en: 'Risk 5 “Resurssit” was rescored: moderate × moderate → low × minor',
    },
  ],
  [
    'a risk of another status',
    edit(1, { status: 'mitigated' }),
    {
      fi: 'Riskin 1 ”Aikataulut” tila muuttui: avoin → lievennetty',
      sv: 'Status för risk 1 ”Aikataulut” ändrades: öppen → lindrad',
      en: 'Status of risk 1 “Aikataulut” changed: open → mitigated',
    },
  ],
  [
    'a risk renamed',
    edit(3, { title: 'Rahoituksen riittävyys' }),
    {
      fi: 'Riski 3 ”Rahoitus” nimettiin uudelleen: ”Rahoituksen riittävyys”',
      sv: 'Risk 3 ”Rahoitus” bytte namn till ”Rahoituksen riittävyys”',
      en: 'Risk 3 “Rahoitus” was renamed “Rahoituksen riittävyys”',
    },
  ],
];

describe('risk lines of the change list', () => {
  describe.each(CASES)('%s', (_, after, texts) => {
    it.each(['fi', 'sv', 'en'] as const)('reads in %s', (language) => {
      const lines = linesOf(after, language);
      expect(lines.map((l) => l.text)).toEqual([texts[language]]);
      expect(lines[0]).toMatchObject({ kind: 'risk', laneId: null, itemId: null, days: 0 });
    });
  });

  it('gives each way a risk changed a line of its own, in risk-number order, after the items', () => {
    const after: Plan = {
      ...edit(6, { probability: 'high', status: 'realised' }),
      items: before.items.map((i) => (i.id === 'item-2' ? { ...i, label: 'Valmis' } : i)),
    };
    const lines = linesOf(
      {
        ...after,
        risks: (after.risks ?? []).map((r) => (r.number === 2 ? { ...r, impact: 'severe' } : r)),
      },
      'fi',
    );
    expect(lines.map((l) => [l.kind, l.key])).toEqual([
      ['renamed', 'item-2:0'],
      ['risk', 'risk:risk-2:rescored'],
      ['risk', 'risk:risk-6:rescored'],
      ['risk', 'risk:risk-6:status'],
    ]);
  });

  it('counts every risk as new against a plan or baseline without risks', () => {
    const lines = linesOf(before, 'fi', makePlan());
    expect(lines.map((l) => l.key)).toEqual(WORKING_GROUP_RISKS.map((r) => `risk:${r.id}:added`));
  });

  it('writes nothing for risks that did not change', () => {
    expect(linesOf(before, 'fi')).toEqual([]);
  });
});

describe('a baseline', () => {
  it('keeps the risks’ scores and statuses, and reads back through its schema', () => {
    const baseline = takeBaseline(before, {
      id: 'b-1',
      name: 'Ohjausryhmä',
      savedOn: '2022-06-15',
    });
    expect(baseline.risks?.map((r) => [r.number, r.probability, r.impact, r.status])).toEqual(
      WORKING_GROUP_RISKS.map((r) => [r.number, r.probability, r.impact, r.status]),
    );
    expect(baselineSchema.safeParse(baseline).success).toBe(true);
  });
});
