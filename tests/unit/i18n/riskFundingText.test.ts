import '../../../src/domain/partCommands';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/domain/commands';
import { commandLabel } from '../../../src/i18n/commandLabel';
import { describeImportError } from '../../../src/i18n/describeImportError';
import type { Language } from '../../../src/i18n/languages';
import { translate, type Translate } from '../../../src/i18n/translate';
import type { ImportError } from '../../../src/io/importResult';
import { parsePlanValue } from '../../../src/io/parsePlanFile';
import { makeFileValue } from '../../factories/files';
import { MESSAGES } from '../../factories/messages';
import { makePlan } from '../../factories/plans';
import {
  COUNTY_DECISIONS,
  FUNDING_CATEGORIES,
  WORKING_GROUP_RISKS,
  makeEntry,
  makeRisk,
} from '../../factories/risksAndFunding';

const tFor =
  (language: Language): Translate =>
  (key, params) =>
    translate(MESSAGES[language], key, params);

function errorOf(plan: unknown): ImportError {
  const result = parsePlanValue(makeFileValue(plan));
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error;
}

const plan = makePlan({
  risks: [...WORKING_GROUP_RISKS],
  funding: { categories: FUNDING_CATEGORIES, entries: [...COUNTY_DECISIONS] },
});

describe('a refused risk or funding entry, in the user’s words', () => {
  it.each<[Language, string]>([
    ['fi', 'riski 2 › numero: riskin numero 2 on jo toisella riskillä'],
    ['sv', 'risk 2 › nummer: risknummer 2 används redan av en annan risk'],
    ['en', 'risk 2 › number: risk number 2 is already taken by another risk'],
  ])('names a duplicate risk number in %s', (language, line) => {
    const risks = [makeRisk({ number: 2 }), makeRisk({ id: 'risk-2', number: 2 })];
    expect(describeImportError(errorOf({ ...plan, risks }), tFor(language), language)).toContain(
      line,
    );
  });

  it('names the decision and the field of a float amount', () => {
    const entries = [makeEntry({ amounts: [{ category: 'basic', cents: 0.5 }] })];
    const lines = describeImportError(
      errorOf({ ...plan, funding: { categories: FUNDING_CATEGORIES, entries } }),
      tFor('fi'),
      'fi',
    );
    expect(lines[1]).toBe(
      'Rahoitus › rahoituspäätös 1 › summat › summa: summan pitää olla kokonainen määrä senttejä 0–10 000 000 000 €',
    );
  });

  it('names a bad reference with its value', () => {
    const entries = [makeEntry({ reference: 'VN/1;DROP' })];
    const lines = describeImportError(
      errorOf({ ...plan, funding: { categories: FUNDING_CATEGORIES, entries } }),
      tFor('en'),
      'en',
    );
    expect(lines[1]).toMatch(/^Funding › funding decision 1 › reference: reference “VN\/1;DROP”/);
  });
});

describe('undo labels of risk and funding edits', () => {
  const t = tFor('fi');
  it.each<[Command, string]>([
    [{ type: 'risk/add', risk: makeRisk({ number: 7, title: 'Uusi' }) }, 'lisää riski 7 ”Uusi”'],
    [
      { type: 'risk/rescore', id: 'risk-3', probability: 'low', impact: 'minor' },
      'siirrä riski 3 ”Rahoitus”',
    ],
    [{ type: 'risk/delete', id: 'risk-5' }, 'poista riski 5 ”Resurssit”'],
    [{ type: 'funding/delete', id: 'f-1' }, 'poista rahoitus ”VM 1.7.2021”'],
    [
      { type: 'funding/update', entry: makeEntry({ label: 'VM päätös' }) },
      'muokkaa rahoitusta ”VM päätös”',
    ],
    [{ type: 'funding/categories', categories: [] }, 'muokkaa rahoituslajeja'],
  ])('%j reads %j', (command, label) => {
    expect(commandLabel(command, plan, t, 'fi')).toBe(label);
  });
});
