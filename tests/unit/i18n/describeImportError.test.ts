import { describe, expect, it } from 'vitest';
import { describeImportError } from '../../../src/i18n/describeImportError';
import { formatDate, formatSavedAt } from '../../../src/i18n/formatDate';
import { type Language } from '../../../src/i18n/languages';
import { MESSAGES } from '../../factories/messages';
import { translate, type Translate } from '../../../src/i18n/translate';
import type { ImportError } from '../../../src/io/importResult';
import { parsePlanValue } from '../../../src/io/parsePlanFile';
import { makeFileValue } from '../../factories/files';
import { makeLane, makePhase, makePlan } from '../../factories/plans';

const tFor =
  (language: Language): Translate =>
  (key, params) =>
    translate(MESSAGES[language], key, params);

function errorOf(plan: unknown): ImportError {
  const result = parsePlanValue(makeFileValue(plan));
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error;
}

describe('describeImportError', () => {
  const slipped = makePlan({
    items: [
      makePhase({ rowId: 'row-2', label: 'Testaus', start: '2022-04-01', end: '2022-03-01' }),
    ],
  });

  it.each<[Language, string]>([
    ['fi', 'Kaista TOSI › rivi 2 › ”Testaus”: loppupäivä 1.3.2022 on ennen alkupäivää 1.4.2022'],
    ['sv', 'Bana TOSI › rad 2 › ”Testaus”: slutdagen 1.3.2022 är före startdagen 1.4.2022'],
    ['en', 'Lane TOSI › row 2 › “Testaus”: end date 1 Mar 2022 is before start date 1 Apr 2022'],
  ])('names lane, row, item and both dates in %s', (language, sentence) => {
    expect(describeImportError(errorOf(slipped), tFor(language), language)).toEqual([
      MESSAGES[language]['file.invalidData'],
      sentence,
    ]);
  });

  it.each<[string, unknown, string]>([
    [
      'a date that does not exist',
      makePlan({ asOf: '2022-02-30' }),
      'tilannepäivä: päivämäärä ”2022-02-30” ei ole oikea päivä (muoto VVVV-KK-PP)',
    ],
    [
      'a blank lane name',
      makePlan({ lanes: [makeLane({ name: ' ' })] }),
      'Kaista #1 › nimi: ei saa olla tyhjä',
    ],
    [
      'a javascript link',
      makePlan({ items: [makePhase({ link: 'javascript:alert(1)' })] }),
      'Kaista TOSI › rivi 2 › ”Testaus” › linkki: linkki ”javascript:alert(1)” ei kelpaa: vain http-, https- ja mailto-linkit sallitaan',
    ],
    [
      'an item on a missing row',
      makePlan({ items: [makePhase({ rowId: 'row-x' })] }),
      '”Testaus” › rivi: riviä ”row-x” ei ole',
    ],
    ['an unknown field', { ...makePlan(), colour: 'red' }, 'tuntematon kenttä: colour'],
    [
      'a window ending in year 9999',
      makePlan({ window: { start: '2022-01-01', end: '9999-12-31' } }),
      'aikajänne › loppupäivä: päivämäärä 31.12.9999 on sallitun ajan ulkopuolella (sallittu 1.1.1900–31.12.2200)',
    ],
    [
      'a label holding U+FFFF',
      makePlan({ items: [makePhase({ label: 'Testaus\uffff' })] }),
      'Kaista TOSI › rivi 2 › ”Testaus\uffff” › nimi: merkki U+FFFF ei ole sallittu tekstissä',
    ],
    [
      'a title holding a lone surrogate',
      makePlan({ title: 'Tiekartta \ud800' }),
      'nimi: merkki U+D800 ei ole sallittu tekstissä',
    ],
  ])('explains %s in Finnish', (_name, plan, sentence) => {
    expect(describeImportError(errorOf(plan), tFor('fi'), 'fi')[1]).toBe(sentence);
  });

  it.each<[ImportError, string]>([
    [
      { code: 'too-large', bytes: 30 * 1024 * 1024, limit: 25 * 1024 * 1024 },
      'Tiedosto on liian suuri (30.0 Mt); suurin sallittu koko on 25 Mt.',
    ],
    [
      { code: 'not-json', detail: 'x' },
      'Tiedosto ei ole JSON-muotoinen tiekarttatiedosto, vaan se on rikki tai jotain muuta.',
    ],
    [{ code: 'wrong-type' }, 'Tiedosto on JSON-muotoinen, mutta se ei ole Tiekartta-tiedosto.'],
    [
      { code: 'version-too-new', version: 3, supported: 1 },
      'Tiedosto on tehty Tiekartan uudemmalla versiolla (tiedostomuoto 3); tämä sovellus lukee tiedostomuotoa 1. Päivitä sovellus.',
    ],
  ])('gives %j its own message', (error, sentence) => {
    expect(describeImportError(error, tFor('fi'), 'fi')).toEqual([sentence]);
  });
});

describe('formatDate and formatSavedAt', () => {
  it.each<[Language, string]>([
    ['fi', '1.4.2022'],
    ['sv', '1.4.2022'],
    ['en', '1 Apr 2022'],
  ])('writes 2022-04-01 in %s as %s', (language, text) => {
    expect(formatDate('2022-04-01', language)).toBe(text);
  });

  it('shows only the time for a save today, and the date too for an older one', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(formatSavedAt(new Date('2026-11-22T12:32:00Z'), 'fi', now)).toBe('14.32');
    expect(formatSavedAt(new Date('2026-11-20T07:05:00Z'), 'fi', now)).toBe('20.11.2026 9.05');
    expect(formatSavedAt(new Date('2026-11-22T12:32:00Z'), 'en', now)).toBe('14:32');
  });
});

describe('describeImportError and the calendar range', () => {
  const late = makePlan({ asOf: '2201-01-01' });
  it.each<[Language, string]>([
    ['sv', 'datumet 1.1.2201 ligger utanför den tillåtna tiden (tillåtet 1.1.1900–31.12.2200)'],
    ['en', 'date 1 Jan 2201 is outside the supported range (1 Jan 1900 to 31 Dec 2200)'],
  ])('writes the dates as %s users do', (language, problem) => {
    expect(describeImportError(errorOf(late), tFor(language), language)[1]).toBe(
      `${MESSAGES[language]['field.asOf']}: ${problem}`,
    );
  });

  it.each<Language>(['fi', 'sv', 'en'])('names the code point in %s', (language) => {
    const lines = describeImportError(
      errorOf(makePlan({ organisation: 'x\u0007' })),
      tFor(language),
      language,
    );
    expect(lines[1]).toContain('U+0007');
  });
});
