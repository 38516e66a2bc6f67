import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noBreakAmounts } from '../../../src/layout/noBreakAmounts';

/** Writes U+00A0 as "~" so a table row reads as the text it checks. */
const shown = (text: string) => text.replaceAll('\u00a0', '~');

describe('noBreakAmounts', () => {
  it.each([
    ['a sum in euros', '942 086 €', '942~086~€'],
    ['millions with an unknown part', 'Rahoitus 23,4 + X M€', 'Rahoitus 23,4~+~X~M€'],
    ['a decimal point as written in a file', 'Rahoitus 23.4 + X M€', 'Rahoitus 23.4~+~X~M€'],
    ['thousands of euros', 'Haettu 47 M€, saatu 12,4 M€', 'Haettu 47~M€, saatu 12,4~M€'],
    ['kilo-euros', '350 k€ lisää', '350~k€ lisää'],
    [
      'millions grouped',
      'Budjetti 1 250 000 € vuodelle 2023',
      'Budjetti 1~250~000~€ vuodelle 2023',
    ],
    ['a share in per cent', 'Siirretty 55 %', 'Siirretty 55~%'],
    ['a grouped number without a unit', 'noin 11 500 henkilöä', 'noin 11~500 henkilöä'],
    ['a no-break space already there stays', '942\u00a0086 €', '942~086~€'],
    ['years side by side are two numbers', 'Vuodet 2022 2023', 'Vuodet 2022 2023'],
    ['a year before an amount is no digit group', '2022 942 086 €', '2022 942~086~€'],
    ['a group of two digits is no thousands', 'Vaiheet 12 34', 'Vaiheet 12 34'],
    ['a date before a word', 'Valmis 1.4.2022 kokous', 'Valmis 1.4.2022 kokous'],
    ['a word before the euro sign is no amount', 'Hinta €', 'Hinta €'],
    ['an X inside a word is no amount', 'LAX 5 €', 'LAX 5~€'],
    ['text without numbers', 'Sote-uudistus voimaan', 'Sote-uudistus voimaan'],
  ])('%s', (_name, text, expected) => {
    expect(shown(noBreakAmounts(text))).toBe(expected);
  });
});

describe('the shortcut past the expressions', () => {
  it('changes nothing: a text binds as it does behind a "€ " that forces the full match', () => {
    // "€ " before a text is neither a term nor a letter or digit the look-behinds see, so the
    // text binds behind it exactly as alone; but the euro sign makes the expressions run.
    const chars = fc.constantFrom(
      '1',
      '2',
      '0',
      ' ',
      '\u00a0',
      '\u202f',
      '€',
      '%',
      'k',
      'M',
      'X',
      'a',
      ',',
      '.',
      '+',
      '-',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }), (list) => {
        const text = list.join('');
        expect(noBreakAmounts(text)).toBe(noBreakAmounts(`€ ${text}`).slice(2));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });
});
