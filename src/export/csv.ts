/**
 * Semicolons by default: Finnish (and Swedish) Excel's list separator is ";" because the comma is
 * the decimal separator there; a comma-separated file would open as one column.
 */
export const CSV_SEPARATOR = ';';
/** Excel reads a CSV without a byte-order mark as the system's code page, breaking ä and ö. */
const BOM = '\uFEFF';
/** RFC 4180 ends records with CRLF. */
const EOL = '\r\n';

/**
 * A text cell a spreadsheet would run as a formula (= + - @, and tab or CR, which some read as
 * one) gets a leading apostrophe: a label like "=HYPERLINK(…)" stays text (OWASP's CSV injection).
 * Text that already starts with apostrophes before such a character gets one more, so that the
 * sheet reader (sheet/csvGrid.ts), which takes one off, gives back exactly what was written.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

export type CsvCell = string | number;

export interface CsvStyle {
  /** ';' (Finnish Excel) or ',' (international). */
  separator?: ';' | ',';
  /** The decimal mark of numbers: ',' in the Finnish style. */
  decimal?: '.' | ',';
}

function cell(value: CsvCell, separator: string, decimal: string): string {
  if (typeof value === 'number')
    return decimal === '.' ? String(value) : String(value).replace('.', decimal);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text with a BOM, the separator and CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[], style: CsvStyle = {}): string {
  const separator = style.separator ?? CSV_SEPARATOR;
  const decimal = style.decimal ?? '.';
  return (
    BOM +
    rows.map((row) => row.map((c) => cell(c, separator, decimal)).join(separator) + EOL).join('')
  );
}
