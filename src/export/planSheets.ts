import type { Item, Lane, Plan, Row } from '../domain/planSchema';
import type { MessageKey } from '../i18n/fi';
import { formatDate } from '../i18n/formatDate';
import type { Translate } from '../i18n/translate';
import { ITEM_FIELDS, type SheetField } from '../sheet/fields';
import type { XlsxCell, XlsxSheet } from './xlsxWrite';
import { toCsv } from './csv';
import { PART_SHEETS } from './partSheets';

/** How dates and numbers are written: typed (xlsx), Finnish CSV or international CSV. */
export type SheetStyle = 'typed' | 'fi' | 'intl';

/**
 * One sheet of the export: its name, its columns (each a field the import maps back, named by
 * `fields` on the item sheets, by `headers` on the parts' sheets) and rows. A sheet with
 * `present` is written only for a plan that has what it holds.
 */
export type PlanSheet = {
  key: string;
  name: MessageKey;
  rows: (plan: Plan, words: Words) => SheetValue[][];
  widths: readonly number[];
  present?: (plan: Plan) => boolean;
} & ({ fields: readonly SheetField[] } | { headers: readonly MessageKey[] });
export type DateCell = { date: string };
export type SheetValue = string | number | DateCell | null;
/** The words written for kinds and statuses, in the export's language. */
export type Words = Translate;

const date = (value: string): DateCell => ({ date: value });

/** Each row with its lane, in the plan's order; the rows of the sheets follow it. */
export function placesOf(plan: Plan): Map<string, { lane: Lane; row: Row; order: number }> {
  const places = new Map<string, { lane: Lane; row: Row; order: number }>();
  let order = 0;
  for (const lane of plan.lanes)
    for (const row of lane.rows) places.set(row.id, { lane, row, order: order++ });
  return places;
}

function inPlanOrder<T extends { rowId: string }>(plan: Plan, things: readonly T[]) {
  const places = placesOf(plan);
  return things
    .map((thing, index) => ({ thing, index, place: places.get(thing.rowId) }))
    .filter((x) => x.place)
    .sort((a, b) => (a.place?.order ?? 0) - (b.place?.order ?? 0) || a.index - b.index);
}

const ITEMS: PlanSheet = {
  key: 'items',
  name: 'sheetName.items',
  fields: ITEM_FIELDS,
  widths: [16, 28, 32, 16, 40, 14, 12, 12, 12, 12, 24, 40, 30],
  rows: (plan, t) =>
    inPlanOrder(plan, plan.items).map(({ thing: item, place }) => [
      item.id,
      place?.lane.name ?? '',
      place?.row.name ?? '',
      item.rowId,
      item.label,
      t(`sheetKind.${item.type}`),
      ...itemDates(item),
      t(`sheetStatus.${item.status}`),
      item.owner ?? null,
      item.notes ?? null,
      item.link ?? null,
    ]),
};

function itemDates(item: Item): (DateCell | null)[] {
  return item.type === 'phase'
    ? [date(item.start), date(item.end), null]
    : [null, null, date(item.date)];
}

const TRACKS: PlanSheet = {
  key: 'tracks',
  name: 'sheetName.tracks',
  fields: ['id', 'lane', 'row', 'rowId', 'label', 'date', 'percent'],
  widths: [16, 28, 32, 16, 40, 12, 14],
  rows: (plan) =>
    inPlanOrder(plan, plan.tracks).flatMap(({ thing: track, place }) =>
      track.checkpoints.map((checkpoint) => [
        track.id,
        place?.lane.name ?? '',
        place?.row.name ?? '',
        track.rowId,
        track.label,
        date(checkpoint.date),
        checkpoint.percent,
      ]),
    ),
};

/** The marker row's things, and last the funding sum where the plan places it there. */
const MARKERS: PlanSheet = {
  key: 'markers',
  name: 'sheetName.markers',
  fields: ['id', 'type', 'label', 'start', 'end', 'date'],
  widths: [16, 16, 40, 12, 12, 12],
  rows: (plan, t) => {
    const rows: SheetValue[][] = plan.markers.map((marker) => [
      marker.id,
      t(`sheetKind.${marker.type}`),
      marker.label,
      ...(marker.type === 'blackout'
        ? [date(marker.start), date(marker.end), null]
        : [null, null, date(marker.date)]),
    ]);
    const summary = plan.funding?.summary;
    if (summary)
      rows.push([
        null,
        t('sheetKind.fundingSummary'),
        summary.label,
        null,
        null,
        date(summary.date),
      ]);
    return rows;
  },
};

/**
 * The sheets of an export, in order: the items' (which the import maps by their headers), then
 * the lanes' and the optional parts' (which the import tells by theirs: sheet/partSheets.ts).
 */
export const PLAN_SHEETS: readonly PlanSheet[] = [ITEMS, TRACKS, MARKERS, ...PART_SHEETS];

export interface WrittenSheet {
  key: string;
  name: string;
  headers: string[];
  rows: XlsxCell[][];
  widths: readonly number[];
}

/** The plan's sheets with headers in the language of `t` and dates and numbers in `style`. */
export function planSheets(plan: Plan, t: Translate, style: SheetStyle): WrittenSheet[] {
  return PLAN_SHEETS.filter((sheet) => sheet.present?.(plan) ?? true).map((sheet) => ({
    key: sheet.key,
    name: t(sheet.name),
    headers:
      'fields' in sheet
        ? sheet.fields.map((field) => t(`sheetField.${field}`))
        : sheet.headers.map((key) => t(key)),
    widths: sheet.widths,
    rows: sheet.rows(plan, t).map((row) => row.map((cell) => styled(cell, style))),
  }));
}

function styled(cell: SheetValue, style: SheetStyle): XlsxCell {
  if (cell === null || typeof cell !== 'object' || style === 'typed') return cell;
  return style === 'fi' ? formatDate(cell.date, 'fi') : cell.date;
}

export const toXlsxSheets = (sheets: readonly WrittenSheet[]): XlsxSheet[] =>
  sheets.map(({ name, headers, rows, widths }) => ({ name, headers, rows, widths }));

/** One sheet as CSV: semicolons and decimal commas in the Finnish style, commas and points otherwise. */
export function sheetCsv(sheet: WrittenSheet, style: 'fi' | 'intl'): string {
  const rows = [sheet.headers, ...sheet.rows].map((row) =>
    row.map((cell) => (cell === null ? '' : typeof cell === 'object' ? cell.date : cell)),
  );
  return toCsv(
    rows,
    style === 'fi' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' },
  );
}
