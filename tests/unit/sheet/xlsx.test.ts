import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/export/csv';
import { excelSerial, writeXlsx } from '../../../src/export/xlsxWrite';
import { parseDelimited } from '../../../src/sheet/csvGrid';
import { readXlsx } from '../../../src/sheet/xlsxGrid';

/** A hand-made workbook: Excel's own parts, so the reader is tested on what Excel writes, not on our writer. */
function workbook(sheet: string, extra: Record<string, string> = {}, workbookPr = '') {
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets><sheet name="Seuranta" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData>${extra.after ?? ''}</worksheet>`,
    ),
    ...Object.fromEntries(
      Object.entries(extra)
        .filter(([k]) => k.startsWith('xl/'))
        .map(([k, v]) => [k, strToU8(v)]),
    ),
  });
}

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="d\\.m\\.yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="165"/></cellXfs></styleSheet>';

describe('readXlsx', () => {
  it('reads shared strings, inline strings, numbers, booleans and dates by their number format', () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Alku</t></is></c><c r="C1" t="b"><v>1</v></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>44652</v></c><c r="B2" s="2"><v>44926</v></c><c r="C2"><v>44652</v></c><c r="D2" s="3"><v>0.35</v></c><c r="E2" s="4"><v>0.125</v></c></row>' +
        '<row r="4"><c r="B4" t="str"><f>A1&amp;"x"</f><v>Kaistax</v></c><c r="C4" t="e"><v>#REF!</v></c></row>',
      {
        'xl/sharedStrings.xml':
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Kai</t></r><r><t>sta</t></r><rPh><t>KAISUTA</t></rPh></si></sst>',
        'xl/styles.xml': STYLES,
      },
    );
    expect(readXlsx(bytes)).toEqual({
      ok: true,
      sheets: [
        {
          name: 'Seuranta',
          rows: [
            ['Kaista', 'Alku', true],
            [{ date: '2022-04-01' }, { date: '2022-12-31' }, 44652, 35, 12.5],
            [],
            [null, 'Kaistax'],
          ],
        },
      ],
    });
  });

  it('fills a merged header over the cells it covers', () => {
    const bytes = workbook(
      '<row r="1"><c r="B1" t="inlineStr"><is><t>Aikataulu</t></is></c></row>',
      {
        after: '<mergeCells count="1"><mergeCell ref="B1:D1"/></mergeCells>',
      },
    );
    const read = readXlsx(bytes);
    expect(read.ok && read.sheets[0]?.rows).toEqual([
      [null, 'Aikataulu', 'Aikataulu', 'Aikataulu'],
    ]);
  });

  it('counts days from 1.1.1904 in a workbook of the 1904 date system', () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" s="1"><v>43101</v></c></row>',
      { 'xl/styles.xml': STYLES },
      '<workbookPr date1904="1"/>',
    );
    const read = readXlsx(bytes);
    expect(read.ok && read.sheets[0]?.rows).toEqual([[{ date: '2022-01-02' }]]);
  });

  it.each([
    [
      'a DTD (the billion laughs)',
      '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>',
    ],
    ['XML that is not well formed', '<worksheet><sheetData><row></worksheet>'],
  ])('refuses a sheet with %s', (_, xml) => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook><sheets><sheet name="a" r:id="rId1" xmlns:r="r"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(xml),
    });
    expect(readXlsx(bytes)).toEqual({ ok: false, error: 'unreadable' });
  });

  it('refuses what is not a workbook', () => {
    expect(readXlsx(strToU8('Kaista;Alku'))).toEqual({ ok: false, error: 'not-xlsx' });
    expect(readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toEqual({ ok: false, error: 'not-xlsx' });
  });
});

describe('writeXlsx', () => {
  const bytes = writeXlsx([
    {
      name: 'Kohteet',
      headers: ['Nimi', 'Alku', 'Eteneminen %'],
      rows: [['Toteutus', { date: '2022-04-01' }, 35]],
    },
    { name: 'Tyhjä: [x]', headers: ['Nimi'], rows: [] },
  ]);
  const parts = unzipSync(bytes);
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array);

  it('writes real dates and numbers, a header row, frozen panes and an autofilter', () => {
    expect(sheet).toContain(`<c r="B2" s="1"><v>${excelSerial('2022-04-01')}</v></c>`);
    expect(excelSerial('2022-04-01')).toBe(44652);
    expect(excelSerial('1900-01-01')).toBe(1);
    expect(sheet).toContain('<c r="C2"><v>35</v></c>');
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain('<autoFilter ref="A1:C2"/>');
    expect(sheet).toMatch(/<c r="A1" t="inlineStr" s="2">/);
  });

  it('names sheets as Excel allows and reads back as it wrote', () => {
    const read = readXlsx(bytes);
    expect(read.ok && read.sheets.map((s) => s.name)).toEqual(['Kohteet', 'Tyhjä   x']);
    expect(read.ok && read.sheets[0]?.rows).toEqual([
      ['Nimi', 'Alku', 'Eteneminen %'],
      ['Toteutus', { date: '2022-04-01' }, 35],
    ]);
  });

  it('gives the same bytes for the same sheets', () => {
    expect(writeXlsx([{ name: 'a', headers: ['b'], rows: [['c']] }])).toEqual(
      writeXlsx([{ name: 'a', headers: ['b'], rows: [['c']] }]),
    );
  });
});

describe('the formula-injection guard', () => {
  const DANGEROUS = [
    '=HYPERLINK("http://x","y")',
    '+1+2',
    '-2+3',
    '@SUM(A1)',
    '\tx',
    '\rx',
    "'=already",
  ];

  it.each(DANGEROUS)(
    'in .xlsx, %j is text marked quote-prefixed, never a formula, and reads back',
    (value) => {
      const bytes = writeXlsx([{ name: 'a', headers: ['h'], rows: [[value]] }]);
      const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] as Uint8Array);
      const styles = strFromU8(unzipSync(bytes)['xl/styles.xml'] as Uint8Array);
      expect(sheet).not.toMatch(/<f[ >]/);
      expect(sheet).toMatch(/<c r="A2" t="inlineStr" s="3">/);
      expect(styles.match(/<xf [^>]*>/g)?.filter((xf) => !xf.includes('xfId'))).toHaveLength(1);
      expect(styles).toMatch(/<cellXfs count="4">(<xf [^>]*\/>){3}<xf [^>]*quotePrefix="1"/);
      const read = readXlsx(bytes);
      expect(read.ok && read.sheets[0]?.rows[1]).toEqual([value]);
    },
  );

  it.each(DANGEROUS)('in CSV, %j starts with an apostrophe and reads back', (value) => {
    for (const separator of [';', ','] as const) {
      const csv = toCsv([[value]], { separator });
      expect(csv.slice(1).replace(/^"/, '').startsWith("'")).toBe(true);
      expect(parseDelimited(csv.slice(1), separator)).toEqual([[value]]);
    }
  });

  it('leaves safe text and numbers as they are', () => {
    expect(toCsv([['Testaus', -7, 2.5]], { separator: ';', decimal: ',' }).slice(1)).toBe(
      'Testaus;-7;2,5\r\n',
    );
    const sheet = strFromU8(
      unzipSync(writeXlsx([{ name: 'a', headers: ['h'], rows: [['Testaus', -7]] }]))[
        'xl/worksheets/sheet1.xml'
      ] as Uint8Array,
    );
    expect(sheet).toContain(
      '<c r="A2" t="inlineStr"><is><t xml:space="preserve">Testaus</t></is></c><c r="B2"><v>-7</v></c>',
    );
  });
});
