import { describe, expect, it } from 'vitest';
import { changeListCsv, toCsv } from '../../../src/export/changeListCsv';
import { changeLines } from '../../../src/i18n/changeText';
import { comparedAfter, tFor } from '../../factories/changes';

describe('toCsv', () => {
  it('starts with a byte-order mark so Excel reads ä and ö, and ends every record with CRLF', () => {
    const csv = toCsv([
      ['Kaista', 'Muutos'],
      ['TORI', 'Sähköposti'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Kaista;Muutos\r\nTORI;Sähköposti\r\n');
  });

  it.each([
    ['plain text', 'Testaus', 'Testaus'],
    ['a separator', 'A; B', '"A; B"'],
    ['a quote, doubled', 'Vaihe "1"', '"Vaihe ""1"""'],
    ['a line break', 'rivi 1\nrivi 2', '"rivi 1\nrivi 2"'],
    ['a comma, which is not the separator', 'A, B', 'A, B'],
  ])('quotes as RFC 4180 says: %s', (_, value, written) => {
    expect(toCsv([[value]]).slice(1)).toBe(`${written}\r\n`);
  });

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'keeps a cell that a spreadsheet would run as a formula as text: %j',
    (value) => {
      const written = toCsv([[value]]).slice(1, -2);
      expect(written.replace(/^"|"$/g, '').startsWith(`'`)).toBe(true);
    },
  );

  it('writes numbers as numbers, a negative one without the guard', () => {
    expect(toCsv([[-7, 21]]).slice(1)).toBe('-7;21\r\n');
  });
});

describe('changeListCsv', () => {
  it('has a header and one row per change, with lane, row, item, kind, text and days', () => {
    const { input } = comparedAfter([
      { type: 'items/shift', ids: ['item-1'], shift: { amount: 21, unit: 'day' } },
    ]);
    const t = tFor('fi');
    const csv = changeListCsv(changeLines(input, t, 'fi'), t);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Kaista;Rivi;Kohde;Laji;Muutos;Siirto päivinä;Arvioitu vastaavuus',
      'TOSI;Kliiniset järjestelmät;Testaus;siirtyi;Testaus siirtyi 3 viikkoa myöhemmäksi: 1.9.2022 → 22.9.2022;21;',
      '',
    ]);
  });

  it('guards an item label that starts like a formula', () => {
    const { input } = comparedAfter([
      { type: 'item/update', id: 'item-1', changes: { label: '=cmd|calc' } },
    ]);
    const t = tFor('en');
    const row = changeListCsv(changeLines(input, t, 'en'), t).split('\r\n')[1] as string;
    expect(row.split(';')[2]).toBe(`'=cmd|calc`);
  });
});
