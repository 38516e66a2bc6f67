import type { CalendarDate } from '../domain/calendarDate';

/** A cell as a sheet holds it: text, a number, a date the sheet typed as one, or nothing. */
export type Cell = string | number | boolean | SheetDate | null;
/** A cell whose number format is a date: its calendar day, already out of the serial. */
export interface SheetDate {
  date: CalendarDate;
}

export const isSheetDate = (cell: Cell): cell is SheetDate =>
  typeof cell === 'object' && cell !== null && 'date' in cell;

/** One sheet of a workbook (or the one table of a CSV file or a paste), rows top to bottom. */
export interface Grid {
  name: string;
  rows: Cell[][];
}

/** A cell as the user sees it in the sheet, for the mapping step and for skip reasons. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isSheetDate(cell)) return cell.date;
  return String(cell);
}

export const isBlankRow = (row: readonly Cell[]) =>
  row.every((cell) => cellText(cell).trim() === '');
