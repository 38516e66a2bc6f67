import { strToU8, zipSync } from 'fflate';
import { toDayNumber } from '../domain/calendarDate';
import { escapeXml } from './xml';
import { FORMULA_START } from './csv';

/** A typed cell: text, a number, a calendar date (written as a real Excel date), or empty. */
export type XlsxCell = string | number | { date: string } | null;

export interface XlsxSheet {
  /** The tab's name: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise). */
  name: string;
  headers: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
  /** Column widths in characters, by column. */
  widths?: readonly number[];
}

/**
 * Excel's serial of a day: 1 is 1.1.1900, and from 1.3.1900 on one more, for the 29.2.1900 that
 * Lotus 1-2-3 counted and Excel keeps (serial 60), so day 0 is 30.12.1899 from then on.
 */
export function excelSerial(date: string): number {
  const day = toDayNumber(date);
  return day - (date < '1900-03-01' ? toDayNumber('1899-12-31') : toDayNumber('1899-12-30'));
}

/** Style indexes in styles.xml below: plain, date, header, text kept as text. */
const STYLE = { plain: 0, date: 1, header: 2, text: 3 } as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A1-style column letters of a 0-based index. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Text as an XML string cell holds it: escaped, a carriage return as a character reference (XML
 * parsers turn a literal one into a line feed), and a literal `_x0041_` protected as OOXML asks,
 * since spreadsheet readers decode that pattern as an escaped character.
 */
function cellText(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')).replace(/\r/g, '&#13;');
}

function cell(ref: string, value: XlsxCell, header = false): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'object')
    return `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(value.date)}</v></c>`;
  // Never a formula: text is an inline string, and text that would start one when retyped is
  // marked "quote prefix", as Excel itself marks a cell typed as '=…
  const style = header ? STYLE.header : FORMULA_START.test(value) ? STYLE.text : STYLE.plain;
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const columns = sheet.headers.length;
  const lastColumn = columnLetters(Math.max(0, columns - 1));
  const rows = [sheet.headers, ...sheet.rows].map((row, r) => {
    const cells = row
      .map((value, c) => cell(`${columnLetters(c)}${r + 1}`, value, r === 0))
      .join('');
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const widths = sheet.headers.map((header, c) => {
    const width = sheet.widths?.[c] ?? Math.min(60, Math.max(10, header.length + 2));
    return `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`;
  });
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths.length ? `<cols>${widths.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (columns ? `<autoFilter ref="A1:${lastColumn}${sheet.rows.length + 1}"/>` : '') +
    '</worksheet>'
  );
}

const STYLES_XML =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  // 14: the short date of the reader's locale, d.M.yyyy in Finnish Excel.
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** A sheet name Excel accepts: no []:*?/\, not blank, at most 31 characters, unique. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** A workbook of the sheets as .xlsx bytes: a header row each, frozen under it, with an autofilter. */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const taken = new Set<string>();
  const names = sheets.map((s) => sheetName(s.name, taken));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      XML_HEAD +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        names
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      XML_HEAD +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      XML_HEAD +
        `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>` +
        names
          .map(
            (name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets>' +
        (sheets.some((s) => s.headers.length) ? '<definedNames>' : '') +
        sheets
          .map((s, i) =>
            s.headers.length
              ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(names[i]!.replace(/'/g, "''"))}'!$A$1:$${columnLetters(s.headers.length - 1)}$${s.rows.length + 1}</definedName>`
              : '',
          )
          .join('') +
        (sheets.some((s) => s.headers.length) ? '</definedNames>' : '') +
        '</workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      XML_HEAD +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        names
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(STYLES_XML),
  };
  sheets.forEach(
    (sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet))),
  );
  // A fixed time in the zip headers, the same plan giving the same bytes; local, because the
  // zip's DOS time stamp is local time, so the bytes are the same in every time zone too.
  return zipSync(files, { level: 6, mtime: new Date(2000, 0, 1) });
}
