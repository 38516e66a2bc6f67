import { describe, expect, it } from 'vitest';
import { formatEuros, formatMillions, moneyInputText } from '../../../src/i18n/formatMoney';
import { parseMoney, type MoneyError } from '../../../src/i18n/parseMoney';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('parseMoney: amounts typed the Finnish way, in cents', () => {
  it.each<[string, number]>([
    ['942 086', 94_208_600],
    ['942086', 94_208_600],
    ['942 086 €', 94_208_600],
    ['942\u00a0086\u00a0€', 94_208_600],
    ['12 434 759,00', 1_243_475_900],
    ['12 434 759,5', 1_243_475_950],
    ['28 875 950 EUR', 2_887_595_000],
    ['1,3 M€', 130_000_000],
    ['1,3 milj. €', 130_000_000],
    ['23,4 M€', 2_340_000_000],
    ['0,125 M€', 12_500_000],
    ['1 234,567 M€', 123_456_700_000],
    ['250 t€', 25_000_000],
    ['0,50', 50],
    ['12,5', 1_250],
    ['  7  ', 700],
    ['0', 0],
    ['1 234,500', 123_450],
  ])('reads %j as %i cents', (input, cents) => {
    expect(parseMoney(input)).toEqual({ ok: true, cents });
  });

  it.each<[string, MoneyError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1.234,5', 'ambiguous'],
    ['1,234', 'ambiguous'],
    ['1,234 M€', 'ambiguous'],
    ['1.234', 'ambiguous'],
    ['1.5', 'ambiguous'],
    ['1,234.56', 'ambiguous'],
    ['-100', 'negative'],
    ['−100', 'negative'],
    ['12 34', 'notANumber'],
    ['1 2345', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['abc', 'notANumber'],
    ['1e6', 'notANumber'],
    ['€', 'notANumber'],
    [',5', 'notANumber'],
    ['1 234,567', 'tooPrecise'],
    ['0,001', 'tooPrecise'],
    ['0,1234567891 M€', 'tooPrecise'],
    ['99999999999999999', 'tooLarge'],
  ])('refuses %j: %s', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });

  it('refuses more than the given maximum', () => {
    expect(parseMoney('10 000 M€', 1_000_000_000_000)).toEqual({
      ok: true,
      cents: 1_000_000_000_000,
    });
    expect(parseMoney('10 000,01 M€', 1_000_000_000_000)).toEqual({ ok: false, error: 'tooLarge' });
  });
});

describe('formatting money the Finnish way', () => {
  it.each<[number, string]>([
    [2_887_595_000, '28 875 950 €'],
    [94_208_600, '942 086 €'],
    [1_243_475_950, '12 434 759,50 €'],
    [5, '0,05 €'],
    [0, '0 €'],
    [100_000, '1 000 €'],
  ])('%i cents read %j', (cents, text) => {
    expect(plain(formatEuros(cents))).toBe(text);
  });

  it('never breaks an amount over two lines', () => {
    expect(formatEuros(2_887_595_000)).toBe('28\u00a0875\u00a0950\u00a0€');
  });

  it.each<[number, boolean, string]>([
    [2_340_000_000, true, '23,4 + X M€'],
    [2_361_714_600, false, '23,6 M€'],
    [2_887_595_000, false, '28,9 M€'],
    [13_000_000_000, false, '130,0 M€'],
    [123_400_000_000, false, '1 234,0 M€'],
  ])('%i cents as millions (open: %s) read %j', (cents, open, text) => {
    expect(plain(formatMillions(cents, open))).toBe(text);
  });

  it.each([0, 50, 94_208_600, 1_243_475_950, 1_000_000_000_000])(
    'writes %i cents in the editor so that it parses back the same',
    (cents) => {
      expect(parseMoney(moneyInputText(cents))).toEqual({ ok: true, cents });
    },
  );
});
