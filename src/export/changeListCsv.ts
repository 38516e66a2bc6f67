import type { ChangeLine } from '../i18n/changeLine';
import type { Translate } from '../i18n/translate';

/**
 * Semicolons: the code base had no CSV before, and the change list is opened in Finnish (and
 * Swedish) Excel, whose list separator is ";" because the comma is the decimal separator there.
 * A comma-separated file would open as one column.
 */
export const CSV_SEPARATOR = ';';
/** Excel reads a CSV without a byte-order mark as the system's code page, breaking ä and ö. */
const BOM = '\uFEFF';
/** RFC 4180 ends records with CRLF. */
const EOL = '\r\n';

/**
 * A text cell a spreadsheet would run as a formula (= + - @, and tab or CR, which some read as
 * one) gets a leading apostrophe: a label like "=HYPERLINK(…)" stays text (OWASP's CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number;

function cell(value: CsvCell): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(CSV_SEPARATOR) || /["\r\n]/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Rows of cells as CSV text with a BOM, the separator above and CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(CSV_SEPARATOR) + EOL).join('');
}

/** The change list as a spreadsheet: one row per line, with the lane, row, item and the shift. */
export function changeListCsv(lines: readonly ChangeLine[], t: Translate): string {
  const header = [
    t('changes.colLane'),
    t('changes.csvRow'),
    t('changes.csvItem'),
    t('changes.colKind'),
    t('changes.colChange'),
    t('changes.csvDays'),
    t('changes.csvGuessed'),
  ];
  return toCsv([
    header,
    ...lines.map((line) => [
      line.laneName,
      line.rowName,
      line.label,
      t(`changeKind.${line.kind}`),
      line.text,
      line.days,
      line.guessed ? t('changes.yes') : '',
    ]),
  ]);
}
