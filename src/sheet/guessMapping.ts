import { cellText, type Cell } from './grid';
import { fieldOfHeader, type Mapping, type SheetField } from './fields';

/** The header row is looked for among the first rows: a merged title or two may sit above it. */
const HEADER_SEARCH_ROWS = 10;

export interface GuessedMapping {
  /** 0-based index of the header row; the data starts below it. */
  headerRow: number;
  mapping: Mapping;
}

/** The fields the headers of one row name, each field taken by its first column. */
export function mappingOfHeaders(headers: readonly Cell[]): Mapping {
  const mapping: Mapping = {};
  headers.forEach((header, column) => {
    const field = fieldOfHeader(cellText(header));
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/**
 * The header row is the first of the top rows that names the most fields (at least two), and the
 * mapping is what its headers name. A sheet without one reads from its first row, unmapped.
 */
export function guessMapping(rows: readonly (readonly Cell[])[]): GuessedMapping {
  let best: GuessedMapping = { headerRow: -1, mapping: {} };
  let most = 1;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const mapping = mappingOfHeaders(rows[r] ?? []);
    const count = Object.keys(mapping).length;
    if (count > most) [best, most] = [{ headerRow: r, mapping }, count];
  }
  return best;
}

/** A remembered mapping applies to a sheet whose header row has the same headers. */
export function headerKey(headers: readonly Cell[]): string {
  return headers.map((h) => cellText(h).trim().toLowerCase()).join('\u241f');
}

export const mappedFields = (mapping: Mapping): SheetField[] =>
  (Object.keys(mapping) as SheetField[]).filter((f) => mapping[f] !== undefined);

/**
 * Whether a sheet's guessed mapping can give plan items: a name and a date or a percent. Other
 * sheets of a workbook (a risk register, a funding table, notes) are left out of the import.
 */
export const givesItems = (mapping: Mapping): boolean =>
  mapping.label !== undefined &&
  (mapping.date !== undefined ||
    mapping.start !== undefined ||
    mapping.end !== undefined ||
    mapping.percent !== undefined);
