import { describe, expect, it } from 'vitest';
import { planFileName } from '../../../src/io/fileName';

describe('planFileName', () => {
  it.each([
    ['ICT-muutoksen tiekartta 2022', 'ICT-muutoksen tiekartta 2022-06-15.tiekartta.json'],
    ['2022', '2022-06-15.tiekartta.json'],
    ['Tiekartta 2023', 'Tiekartta 2023 2022-06-15.tiekartta.json'],
    ['Tiekartta 12022', 'Tiekartta 12022 2022-06-15.tiekartta.json'],
    ['Tiekartta v2022', 'Tiekartta v2022 2022-06-15.tiekartta.json'],
    ['Keski-Suomi: TORI/TOSI?', 'Keski-Suomi TORI TOSI-2022-06-15.tiekartta.json'],
    ['Tiekartta <luonnos> "v2" | *', 'Tiekartta luonnos v2 2022-06-15.tiekartta.json'],
    ['  ..piste alussa ja lopussa.. ', 'piste alussa ja lopussa-2022-06-15.tiekartta.json'],
    ['rivin\nvaihto\tja sarkain', 'rivin vaihto ja sarkain-2022-06-15.tiekartta.json'],
    ['CON', 'tiekartta-CON-2022-06-15.tiekartta.json'],
    ['???', 'tiekartta-2022-06-15.tiekartta.json'],
    ['Åland ja Överby', 'Åland ja Överby-2022-06-15.tiekartta.json'],
  ])('%j becomes %j', (title, expected) => {
    expect(planFileName(title, '2022-06-15')).toBe(expected);
  });

  it('keeps long titles short enough for every file system', () => {
    expect(planFileName('x'.repeat(300), '2022-06-15').length).toBeLessThanOrEqual(150);
  });

  it.each<[string, string, string]>([
    ['a right-to-left override', 'Budget\u202Egpj.exe', 'Budgetgpj.exe'],
    ['every bidi embedding and override', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef', 'abcdef'],
    ['bidi isolates', 'a\u2066b\u2067c\u2068d\u2069e', 'abcde'],
    ['bidi marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
    ['zero-width characters', 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf', 'abcdef'],
    ['noncharacters', 'a\uFFFFb\uFFFEc\uFDD0d\u{1FFFF}e', 'abcde'],
    ['lone surrogates', 'a\uD800b\uDC00c', 'abc'],
    ['C1 controls', 'a\u0085b\u009Fc', 'a b c'],
  ])('drops %s', (_name, title, stem) => {
    expect(planFileName(title, '2022-06-15')).toBe(`${stem}-2022-06-15.tiekartta.json`);
  });

  it('keeps emoji whole and never cuts a surrogate pair in half at the limit', () => {
    expect(planFileName('Kartta 🧭', '2022-06-15')).toBe('Kartta 🧭-2022-06-15.tiekartta.json');
    const name = planFileName(`${'x'.repeat(119)}🧭🧭`, '2022-06-15');
    expect(name).toBe(`${'x'.repeat(119)}-2022-06-15.tiekartta.json`);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
