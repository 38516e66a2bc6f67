import { strFromU8, unzipSync } from 'fflate';
import { fromDayNumber } from '../domain/calendarDate';
import type { Cell, Grid } from './grid';
import { walkXml } from './xml';

/** More than any tracking sheet unpacks to; a zip bomb is refused before it is inflated. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ROWS = 60_000;
const MAX_COLUMNS = 200;

export type XlsxResult =
  { ok: true; sheets: Grid[] } | { ok: false; error: 'not-xlsx' | 'too-large' | 'unreadable' };

/** Excel's built-in number formats that are dates (ECMA-376 18.8.30), and 14–22's neighbours. */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

/**
 * Day 0 of Excel's 1900 date system is 1899-12-31, and it counts a 29.2.1900 that never was, so
 * from serial 61 on the day is serial − 25569 days from 1970; the 1904 system (old Mac files)
 * counts from 1.1.1904.
 */
export function excelSerialToDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return fromDayNumber(whole - 24107);
  if (whole < 1 || whole === 60) return null;
  return fromDayNumber(whole < 60 ? whole - 25568 : whole - 25569);
}

/** A format code that shows a day, month or year (not a time only, not [Red]-style brackets). */
function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** OOXML writes characters XML cannot hold as `_xHHHH_`, and a literal `_x` as `_x005F_x`. */
export const unescapeOoxml = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : text;

/** A1-style column letters to a 0-based index. */
function columnIndex(ref: string): number {
  let index = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

function rowIndex(ref: string): number {
  return Number(/\d+/.exec(ref)?.[0] ?? 0) - 1;
}

/** Every sheet of an .xlsx workbook as a grid of typed cells; merged ranges carry their first cell's value. */
export function readXlsx(bytes: Uint8Array): XlsxResult {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: 'not-xlsx' };
  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted =
          /^xl\/(workbook\.xml|sharedStrings\.xml|styles\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(
            file.name,
          );
        if (wanted) unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) tooLarge = true;
        return wanted && !tooLarge;
      },
    });
  } catch {
    return { ok: false, error: tooLarge ? 'too-large' : 'not-xlsx' };
  }
  if (tooLarge) return { ok: false, error: 'too-large' };
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : null);
  const workbook = text('xl/workbook.xml');
  if (!workbook) return { ok: false, error: 'not-xlsx' };
  try {
    const { sheets, date1904 } = readWorkbook(workbook, text('xl/_rels/workbook.xml.rels') ?? '');
    const strings = readSharedStrings(text('xl/sharedStrings.xml'));
    const styles = readNumberStyles(text('xl/styles.xml'));
    const grids: Grid[] = [];
    for (const sheet of sheets) {
      const xml = text(sheet.path);
      if (xml !== null)
        grids.push({ name: sheet.name, rows: readSheet(xml, strings, styles, date1904) });
    }
    return grids.length ? { ok: true, sheets: grids } : { ok: false, error: 'not-xlsx' };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

function readWorkbook(xml: string, rels: string) {
  const targets = new Map<string, string>();
  walkXml(rels, {
    open: (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, a.Target);
    },
  });
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  walkXml(xml, {
    open: (name, a) => {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const target = targets.get(a.id ?? '') ?? '';
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      sheets.push({ name: a.name ?? '', path });
    },
  });
  return { sheets, date1904 };
}

/** The shared strings table; rich text runs are joined, phonetic hints (rPh) left out. */
function readSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  walkXml(xml, {
    open: (name) => {
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    close: (name) => {
      if (name === 'si') strings.push(unescapeOoxml((current ?? []).join('')));
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text: (t) => {
      if (inText && current) current.push(t);
    },
  });
  return strings;
}

/** Cell style indexes (`s` on a cell) that show a number as a date, and those that show a percentage. */
interface NumberStyles {
  dates: Set<number>;
  percents: Set<number>;
}

function readNumberStyles(xml: string | null): NumberStyles {
  const dates = new Set<number>();
  const percents = new Set<number>();
  if (!xml) return { dates, percents };
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  walkXml(xml, {
    open: (name, a) => {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id))
          dates.add(index);
        if (code !== undefined ? /%/.test(code.replace(/"[^"]*"/g, '')) : id === 9 || id === 10)
          percents.add(index);
        index++;
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return { dates, percents };
}

function readSheet(
  xml: string,
  strings: string[],
  styles: NumberStyles,
  date1904: boolean,
): Cell[][] {
  const rows: Cell[][] = [];
  const merges: string[] = [];
  let cell: { row: number; column: number; type: string; style: number } | null = null;
  let value: string[] = [];
  let inValue = false;
  let nextRow = 0;
  let nextColumn = 0;
  const put = (row: number, column: number, content: Cell) => {
    if (row >= MAX_ROWS || column >= MAX_COLUMNS || row < 0 || column < 0) return;
    const cells = (rows[row] ??= []);
    cells[column] = content;
  };
  walkXml(xml, {
    open: (name, a) => {
      if (name === 'row') {
        nextRow = a.r ? Number(a.r) - 1 : nextRow;
        nextColumn = 0;
      } else if (name === 'c') {
        const column = a.r ? columnIndex(a.r) : nextColumn;
        cell = {
          row: a.r ? rowIndex(a.r) : nextRow,
          column,
          type: a.t ?? 'n',
          style: Number(a.s ?? 0),
        };
        nextColumn = column + 1;
        value = [];
      } else if (name === 'v' || (name === 't' && cell)) inValue = true;
      else if (name === 'mergeCell' && a.ref) merges.push(a.ref);
    },
    close: (name) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'row') nextRow++;
      else if (name === 'c' && cell) {
        const content = cellValue(value.join(''), cell.type, cell.style, strings, styles, date1904);
        if (content !== null) put(cell.row, cell.column, content);
        cell = null;
      }
    },
    text: (t) => {
      if (inValue) value.push(t);
    },
  });
  for (const ref of merges) fillMerge(rows, ref, put);
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ??= []);
    for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
  }
  return rows;
}

function cellValue(
  raw: string,
  type: string,
  style: number,
  strings: string[],
  styles: NumberStyles,
  date1904: boolean,
): Cell {
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'str':
    case 'inlineStr':
      return unescapeOoxml(raw);
    case 'b':
      return raw === '1';
    case 'e':
      return null;
    default: {
      if (raw === '') return null;
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      if (styles.dates.has(style)) {
        const date = excelSerialToDate(number, date1904);
        return date ? { date } : number;
      }
      // 35 % is stored as 0.35; rounded so that 0.07 × 100 reads as 7, not 7.000000000000001.
      return styles.percents.has(style) ? Math.round(number * 1e9) / 1e7 : number;
    }
  }
}

/** A merged range (a title over two columns) shows its first cell's value in every cell it covers. */
function fillMerge(rows: Cell[][], ref: string, put: (r: number, c: number, v: Cell) => void) {
  const [from, to] = ref.split(':') as [string, string | undefined];
  if (!to) return;
  const [r0, c0, r1, c1] = [rowIndex(from), columnIndex(from), rowIndex(to), columnIndex(to)];
  const first = rows[r0]?.[c0] ?? null;
  if (first === null || (r1 - r0 + 1) * (c1 - c0 + 1) > 10_000) return;
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) if (r !== r0 || c !== c0) put(r, c, first);
}
