import { cellText, type Cell, type Grid } from './grid';
import { normalizeHeader } from './fields';

/**
 * Sheets that are not items: the lanes (their kinds, colours and rows, empty ones too), the risk
 * register and the funding table, as the export writes them. They are told by their headers and
 * read as what they are, never as items, even though a funding sheet has a date and a name.
 */
export const PART_COLUMNS = {
  lanes: ['laneId', 'lane', 'rowId', 'row', 'laneKind', 'color'],
  risks: [
    'id',
    'number',
    'title',
    'description',
    'probability',
    'impact',
    'owner',
    'mitigation',
    'status',
    'items',
  ],
  funding: [
    'id',
    'date',
    'decider',
    'reference',
    'label',
    'state',
    'categoryId',
    'category',
    'amount',
    'years',
    'items',
  ],
} as const;
export type PartKind = keyof typeof PART_COLUMNS;
export type PartColumn<K extends PartKind = PartKind> = (typeof PART_COLUMNS)[K][number];
export const PART_KINDS = Object.keys(PART_COLUMNS) as PartKind[];

const ID = ['tunnus', 'id', 'tunniste', 'identifierare'];
const ITEMS = ['kohteet', 'kohdetunnukset', 'items', 'itemids', 'poster', 'objekt'];

/** The headers of each part's columns in Finnish, Swedish and English, the export's among them. */
const PART_WORDS: { [K in PartKind]: Record<PartColumn<K>, readonly string[]> } = {
  lanes: {
    laneId: ['kaistan tunnus', 'lane id', 'banans id'],
    lane: ['kaista', 'lane', 'swimlane', 'bana', 'simbana'],
    rowId: ['rivin tunnus', 'row id', 'radens id'],
    row: ['rivi', 'row', 'rad'],
    laneKind: ['laji', 'kaistan laji', 'kind', 'lane kind', 'typ', 'bantyp'],
    color: ['väri', 'colour', 'color', 'färg'],
  },
  risks: {
    id: ID,
    number: ['numero', 'nro', 'number', 'no', 'nummer', 'nr'],
    title: ['riski', 'otsikko', 'risk', 'title', 'rubrik'],
    description: ['kuvaus', 'description', 'beskrivning'],
    probability: ['todennäköisyys', 'probability', 'likelihood', 'sannolikhet'],
    impact: ['vaikutus', 'impact', 'konsekvens', 'påverkan'],
    owner: ['vastuuhenkilö', 'omistaja', 'owner', 'ansvarig', 'ägare'],
    mitigation: ['hallintakeinot', 'toimenpiteet', 'mitigation', 'åtgärder', 'hantering'],
    status: ['tila', 'status', 'läge'],
    items: ITEMS,
  },
  funding: {
    id: ID,
    date: ['päivä', 'päivämäärä', 'pvm', 'date', 'datum'],
    decider: ['päättäjä', 'rahoittaja', 'decider', 'funder', 'beslutsfattare'],
    reference: ['diaarinumero', 'asianumero', 'reference', 'diarienummer', 'ärendenummer'],
    label: ['nimi', 'kuvaus', 'label', 'name', 'namn', 'beskrivning'],
    state: ['tila', 'state', 'status', 'läge'],
    categoryId: ['rahoituslajin tunnus', 'category id', 'kategori-id'],
    category: ['rahoituslaji', 'category', 'kategori'],
    amount: ['summa', 'määrä', 'euroa', 'amount', 'sum', 'belopp'],
    years: ['vuodet', 'vuosi', 'years', 'year', 'år'],
    items: ITEMS,
  },
};

/** The columns a header row must name to be a part's: more than a list of items would have. */
const SIGNATURE: { [K in PartKind]: readonly PartColumn<K>[] } = {
  lanes: ['lane', 'laneKind', 'color'],
  risks: ['title', 'probability', 'impact'],
  funding: ['date', 'decider', 'amount'],
};

const LOOKUPS = Object.fromEntries(
  PART_KINDS.map((kind) => {
    const lookup = new Map<string, string>();
    for (const [column, words] of Object.entries(PART_WORDS[kind]) as [string, string[]][])
      for (const word of words) lookup.set(normalizeHeader(word), column);
    return [kind, lookup];
  }),
) as Record<PartKind, Map<string, string>>;

/** A part's sheet: which part, the header row (0-based) and the column of each of its fields. */
export interface PartSheet<K extends PartKind = PartKind> {
  kind: K;
  grid: Grid;
  headerRow: number;
  columns: Partial<Record<PartColumn<K>, number>>;
}

/** The part a header row names, with its columns, or null. */
export function partOfHeaders(
  headers: readonly Cell[],
): Omit<PartSheet, 'grid' | 'headerRow'> | null {
  for (const kind of PART_KINDS) {
    const lookup = LOOKUPS[kind];
    const columns: Record<string, number> = {};
    headers.forEach((header, column) => {
      const field = lookup.get(normalizeHeader(cellText(header)));
      if (field && columns[field] === undefined) columns[field] = column;
    });
    if ((SIGNATURE[kind] as readonly string[]).every((c) => columns[c] !== undefined))
      return { kind, columns };
  }
  return null;
}

const HEADER_SEARCH_ROWS = 10;

/** The sheet as a part's, when one of its first rows is such a header row. */
export function partOf(grid: Grid): PartSheet | null {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const part = partOfHeaders(grid.rows[r] ?? []);
    if (part) return { ...part, grid, headerRow: r };
  }
  return null;
}

export const guessParts = (grids: readonly Grid[]): PartSheet[] =>
  grids.map(partOf).filter((part) => part !== null);

/** A word of a closed list in any of the three languages (or the code itself), or null. */
export function wordLookup<T extends string>(words: Record<T, readonly string[]>) {
  const lookup = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    lookup.set(normalizeHeader(value), value);
    for (const word of list) lookup.set(normalizeHeader(word), value);
  }
  return (cell: Cell): T | null => lookup.get(normalizeHeader(cellText(cell))) ?? null;
}

/** A part's cell reader for one row: text trimmed, and the raw cell. */
export function partCells<K extends PartKind>(sheet: PartSheet<K>, cells: readonly Cell[]) {
  const at = (column: PartColumn<K>): Cell => {
    const index = sheet.columns[column];
    return index === undefined ? null : (cells[index] ?? null);
  };
  return { at, text: (column: PartColumn<K>) => cellText(at(column)).trim() };
}

/** Ids written as a list in one cell: "i1, i2". */
export const idList = (text: string): string[] => text.split(/[\s,;]+/).filter((s) => s !== '');
