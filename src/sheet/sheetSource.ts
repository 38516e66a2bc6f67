import { readCsv } from './csvGrid';
import { parseDelimited } from './csvGrid';
import type { Grid } from './grid';
import { givesItems, guessMapping } from './guessMapping';
import type { MappedSheet } from './readRows';
import { readXlsx } from './xlsxGrid';
import { partOf } from './partSheets';

export type SheetSource =
  | { ok: true; sheets: Grid[]; kind: 'xlsx' | 'csv' | 'paste'; encoding?: string }
  | { ok: false; error: 'not-a-sheet' | 'too-large' | 'unreadable' | 'empty' };

/** More than a county's tracking sheet ever is; past it the file is refused before it is read. */
export const MAX_SHEET_BYTES = 50 * 1024 * 1024;

/** A file's bytes as grids: an .xlsx workbook (by its zip signature) or CSV text. */
export function readSheetBytes(bytes: Uint8Array, name: string): SheetSource {
  if (bytes.length > MAX_SHEET_BYTES) return { ok: false, error: 'too-large' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const read = readXlsx(bytes);
    if (!read.ok)
      return { ok: false, error: read.error === 'not-xlsx' ? 'not-a-sheet' : read.error };
    return nonEmpty({ ok: true, sheets: read.sheets, kind: 'xlsx' });
  }
  // A legacy .xls (OLE2) or anything else binary is not a sheet this app reads.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return { ok: false, error: 'not-a-sheet' };
  const csv = readCsv(bytes);
  return nonEmpty({
    ok: true,
    sheets: [{ name: baseName(name), rows: csv.rows }],
    kind: 'csv',
    encoding: csv.encoding,
  });
}

/** Rows pasted from Excel: tab-separated, or whatever separator the text uses. */
export function readPastedText(text: string): SheetSource {
  return nonEmpty({
    ok: true,
    sheets: [{ name: '', rows: parseDelimited(text.replace(/^\uFEFF/, '')) }],
    kind: 'paste',
  });
}

function nonEmpty(source: SheetSource): SheetSource {
  if (!source.ok) return source;
  const sheets = source.sheets.filter((s) => s.rows.some((row) => row.length > 0));
  return sheets.length ? { ...source, sheets } : { ok: false, error: 'empty' };
}

const baseName = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * Every sheet whose headers name a name and a date (or a percent), with its guessed mapping; the
 * lanes', risks' and funding's sheets (partOf) are not items, whatever their columns.
 */
export function guessSheets(sheets: readonly Grid[]): MappedSheet[] {
  return sheets
    .filter((grid) => partOf(grid) === null)
    .map((grid) => ({ grid, ...guessMapping(grid.rows) }))
    .filter((sheet) => sheet.headerRow >= 0 && givesItems(sheet.mapping));
}
