import type { CalendarDate } from '../domain/calendarDate';
import {
  fundingCategorySchema,
  fundingEntrySchema,
  type Decider,
  type FundingCategory,
  type FundingEntry,
  type FundingState,
} from '../domain/funding/fundingSchema';
import { readDateCell } from './cellValues';
import { cellText, isBlankRow } from './grid';
import { idList, partCells, wordLookup, type PartColumn, type PartSheet } from './partSheets';
import { checkedPart, readNumber, skipCell, skipRepeated } from './partRows';
import type { SheetIssue } from './sheetIssue';

/** The deciders and states as the app names them ("funding.*" messages), and the codes. */
const readDecider = wordLookup<Decider>({
  VM: ['VM', 'FM', 'valtiovarainministeriö', 'finansministeriet'],
  STM: ['STM', 'SHM', 'sosiaali- ja terveysministeriö', 'social- och hälsovårdsministeriet'],
  EU: ['EU'],
  own: ['oma', 'egen', 'own'],
});
const readFundingState = wordLookup<FundingState>({
  applied: ['haettu', 'ansökt', 'applied'],
  granted: ['myönnetty', 'beviljat', 'beviljad', 'granted'],
  paid: ['maksettu', 'utbetalt', 'utbetald', 'paid'],
});

export interface FundingRead {
  /** The categories in the sheet's order: first those its top lines name, then the others met. */
  categories: FundingCategory[];
  entries: FundingEntry[];
  skipped: SheetIssue[];
  rows: number;
}

const columnOf = (path: string): PartColumn<'funding'> | undefined =>
  path === 'itemIds' ? 'items' : path === 'amounts' ? 'amount' : (path as PartColumn<'funding'>);

/**
 * The funding table: a line with only a category's id and name names a category; the others are
 * decisions, a line per amount, consecutive lines of one id being one decision's amounts. A
 * category is found by its id, else by its name, else made. Each decision is checked with the
 * schema when its last line is read.
 */
export function readFundingSheet(
  sheet: PartSheet<'funding'>,
  reference: CalendarDate,
  makeId: (prefix: string) => string,
): FundingRead {
  const read: FundingRead = { categories: [], entries: [], skipped: [], rows: 0 };
  const { grid, headerRow } = sheet;
  const byId = new Map<string, FundingCategory>();
  const byName = new Map<string, FundingCategory>();
  const category = (line: number, id: string, name: string): FundingCategory | null => {
    const found = (id && byId.get(id)) || (!id && name && byName.get(name.toLocaleLowerCase('fi')));
    if (found) return found;
    const made = { id: id || makeId('category'), name: name || id };
    if (!checkedPart(sheet, line, fundingCategorySchema, made, categoryColumn, read.skipped))
      return null;
    byId.set(made.id, made);
    byName.set(made.name.toLocaleLowerCase('fi'), made);
    read.categories.push(made);
    return made;
  };
  type Open = { entry: FundingEntry; line: number; lines: number };
  let open: Open | null = null;
  const close = () => {
    if (!open) return;
    if (checkedPart(sheet, open.line, fundingEntrySchema, open.entry, columnOf, read.skipped)) {
      read.entries.push(open.entry);
      read.rows += open.lines;
    }
    open = null;
  };
  const seen = new Map<string, number>();
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells)) continue;
    const line = r + 1;
    const { at, text } = partCells(sheet, cells);
    const skip = (column: PartColumn<'funding'>, problem: SheetIssue['problem']) =>
      skipCell(sheet, line, column, at(column), problem, read.skipped);
    const id = text('id');
    const categoryId = text('categoryId');
    const categoryName = text('category');
    if (!id && text('date') === '' && text('amount') === '' && (categoryId || categoryName)) {
      close();
      if (category(line, categoryId, categoryName)) read.rows++;
      continue;
    }
    const amount = text('amount') === '' ? undefined : readNumber(at('amount'));
    if (amount === null) {
      skip('amount', 'numberInvalid');
      continue;
    }
    const current = open as Open | null;
    if (!(id && current && current.entry.id === id)) {
      close();
      const earlier = id ? seen.get(id) : undefined;
      if (earlier !== undefined) {
        skipRepeated(sheet, line, id, earlier, read.skipped);
        continue;
      }
      const date = readDateCell(at('date'), reference);
      if ('error' in date) {
        skip('date', text('date') === '' ? 'dateMissing' : date.error);
        continue;
      }
      const decider = readDecider(at('decider'));
      if (!decider) {
        skip('decider', 'choiceUnknown');
        continue;
      }
      const state = text('state') === '' ? 'granted' : readFundingState(at('state'));
      if (!state) {
        skip('state', 'choiceUnknown');
        continue;
      }
      const years = idList(text('years')).map((year) =>
        /^\d{4}$/.test(year) ? Number(year) : NaN,
      );
      if (years.some(Number.isNaN)) {
        skip('years', 'numberInvalid');
        continue;
      }
      const items = idList(text('items'));
      const entry: FundingEntry = {
        id: id || makeId('funding'),
        date: date.date,
        decider,
        ...(text('reference') ? { reference: text('reference') } : {}),
        ...(cellText(at('label')).trim() ? { label: text('label') } : {}),
        state,
        amounts: [],
        years,
        ...(items.length ? { itemIds: items } : {}),
      };
      if (id) seen.set(id, line);
      open = { entry, line, lines: 0 };
    }
    // The decision this line belongs to: the one just opened, or the one of the lines above.
    const decision = open as Open | null;
    if (!decision) continue;
    decision.lines++;
    const entry = decision.entry;
    if (amount === undefined && !categoryId && !categoryName) continue;
    const found = category(line, categoryId, categoryName);
    if (!found) continue;
    entry.amounts.push({ category: found.id, cents: Math.round((amount ?? 0) * 100) });
  }
  close();
  return read;
}

const categoryColumn = (path: string): PartColumn<'funding'> | undefined =>
  path === 'id' ? 'categoryId' : path === 'name' ? 'category' : undefined;
