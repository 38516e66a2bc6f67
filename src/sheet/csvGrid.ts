import type { Cell } from './grid';

/** The separators a sheet may use, most telling first: a tab is never inside Finnish text. */
const SEPARATORS = ['\t', ';', ','] as const;
export type Separator = (typeof SEPARATORS)[number];

/**
 * Text of a CSV file as Excel writes it: UTF-8 with or without a byte-order mark, UTF-16 with
 * one ("Unicode text"), or, when the bytes are not UTF-8, Windows-1252 (Finnish Excel's "CSV
 * (erotin: puolipiste)" on Windows writes ä as the single byte E4).
 */
export function decodeSheetText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252's 0x80–0x9F (€, ”, – …); the other bytes are Latin-1. Decoded here because
 * Node's TextDecoder without full ICU reads the label as Latin-1, and 0x80 would become a C1
 * control rather than €; the five unassigned bytes stay as those controls.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/**
 * The separator of the first lines: the one found most often outside quotes on them, as long as
 * it is there at all. A one-column sheet reads as comma-separated.
 */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const char = text[i] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') lines++;
    else if (!quoted && counts.has(char as Separator))
      counts.set(char as Separator, (counts.get(char as Separator) ?? 0) + 1);
  }
  let best: Separator = ',';
  let most = 0;
  for (const s of SEPARATORS) {
    const n = counts.get(s) ?? 0;
    if (n > most) [best, most] = [s, n];
  }
  return best;
}

/**
 * RFC 4180 records: quoted fields may hold the separator, quotes doubled and line breaks; CRLF,
 * LF and CR all end a record. Cells stay text: what a value means is read per field later.
 * A field Tiekartta's export guarded with an apostrophe (='1+1) gets it back off.
 */
export function parseDelimited(
  text: string,
  separator: Separator = detectSeparator(text),
): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(unguard(field));
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (char === separator) endField();
    else if (char === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else if (char === '\n') endRow();
    else field += char;
  }
  if (field !== '' || row.length > 0 || wasQuoted) endRow();
  return rows;
}

/**
 * Tiekartta writes a cell that would start a formula with an apostrophe in front (and one more
 * in front of text that already starts so, export/csv.ts); one comes off again.
 */
const unguard = (text: string) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** A CSV file's bytes as rows of text cells. */
export function readCsv(bytes: Uint8Array): {
  rows: Cell[][];
  encoding: string;
  separator: Separator;
} {
  const { text, encoding } = decodeSheetText(bytes);
  const separator = detectSeparator(text);
  return { rows: parseDelimited(text, separator), encoding, separator };
}
