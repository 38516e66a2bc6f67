import { describe, expect, it } from 'vitest';
import {
  decodeSheetText,
  detectSeparator,
  parseDelimited,
  readCsv,
} from '../../../src/sheet/csvGrid';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSheetText', () => {
  it.each([
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x4b, 0xc3, 0xa4), 'Kä', 'utf-8-bom'],
    ['UTF-8 without one', bytes(0x4b, 0xc3, 0xa4), 'Kä', 'utf-8'],
    [
      'Windows-1252, as Finnish Excel writes CSV',
      bytes(0x4b, 0xe4, 0x3b, 0xf6),
      'Kä;ö',
      'windows-1252',
    ],
    ['Windows-1252 € and ”', bytes(0x80, 0x94), '€”', 'windows-1252'],
    [
      'UTF-16 LE with a mark ("Unicode text")',
      bytes(0xff, 0xfe, 0x4b, 0, 0xe4, 0),
      'Kä',
      'utf-16le',
    ],
  ])('reads %s', (_, input, text, encoding) => {
    expect(decodeSheetText(input)).toEqual({ text, encoding });
  });
});

describe('detectSeparator', () => {
  it.each([
    ['Kaista;Rivi;Nimi\r\nTORI;Sähköposti;Toteutus', ';'],
    ['Lane,Row,Name\nTORI,Email,Build', ','],
    ['Kaista\tRivi\tNimi\nTORI\tSähköposti\tToteutus', '\t'],
    ['"Nimi, pitkä";Alku\n"a, b";1.4.2022', ';'],
    ['Nimi\nTestaus', ','],
  ])('finds the separator of %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});

describe('parseDelimited', () => {
  it.each([
    [
      'plain cells',
      'a;b\r\nc;d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a quoted separator', '"a;b";c', [['a;b', 'c']]],
    ['doubled quotes', '"Vaihe ""1""";x', [['Vaihe "1"', 'x']]],
    ['a line break inside quotes', '"rivi 1\nrivi 2";x\n', [['rivi 1\nrivi 2', 'x']]],
    ['LF and CR line ends', 'a\nb\rc', [['a'], ['b'], ['c']]],
    ['empty cells', ';;\n', [['', '', '']]],
    ['no final line end', 'a;b', [['a', 'b']]],
    ['the export guard taken off again', "'=1+1;'+x;''=y", [['=1+1', '+x', "'=y"]]],
    ['an apostrophe not before a formula kept', "'kesä;don't", [["'kesä", "don't"]]],
  ])('reads %s', (_, text, rows) => {
    expect(parseDelimited(text, ';')).toEqual(rows);
  });

  it('reads rows pasted from Excel, tab-separated', () => {
    expect(parseDelimited('Kaista\tNimi\r\nTORI\tToteutus\r\n')).toEqual([
      ['Kaista', 'Nimi'],
      ['TORI', 'Toteutus'],
    ]);
  });

  it('reads a semicolon file with a BOM in one go', () => {
    const read = readCsv(utf8('\uFEFFKaista;Alku\r\nTORI;1.4.2022\r\n'));
    expect(read).toEqual({
      rows: [
        ['Kaista', 'Alku'],
        ['TORI', '1.4.2022'],
      ],
      encoding: 'utf-8-bom',
      separator: ';',
    });
  });
});
