import type { MessageKey } from '../i18n/fi';
import { PART_COLUMNS, type PartColumn, type PartKind } from '../sheet/partSheets';
import type { DateCell, PlanSheet, SheetValue } from './planSheets';

const date = (value: string): DateCell => ({ date: value });

const headersOf = <K extends PartKind>(kind: K): MessageKey[] =>
  PART_COLUMNS[kind].map((column: PartColumn<K>) => `sheetColumn.${kind}.${column}` as MessageKey);

const list = (ids: readonly string[] | undefined) => (ids?.length ? ids.join(', ') : null);

/**
 * Every lane with its id, kind and colour, a line per row with the row's id (one with no row for a
 * lane without): the ids let the import give lanes and rows back the ids they had.
 */
const LANES: PlanSheet = {
  key: 'lanes',
  name: 'sheetName.lanes',
  headers: headersOf('lanes'),
  widths: [16, 28, 16, 32, 14, 10],
  rows: (plan, t) =>
    plan.lanes.flatMap((lane) =>
      (lane.rows.length ? lane.rows : [null]).map((row) => [
        lane.id,
        lane.name,
        row?.id ?? null,
        row?.name ?? null,
        t(`kind.${lane.kind}`),
        lane.color,
      ]),
    ),
};

const RISKS: PlanSheet = {
  key: 'risks',
  name: 'sheetName.risks',
  headers: headersOf('risks'),
  widths: [16, 8, 40, 40, 14, 14, 24, 40, 12, 30],
  present: (plan) => plan.risks !== undefined,
  rows: (plan, t) =>
    (plan.risks ?? []).map((risk) => [
      risk.id,
      risk.number,
      risk.title,
      risk.description ?? null,
      t(`risk.probability.${risk.probability}`),
      t(`risk.impact.${risk.impact}`),
      risk.owner ?? null,
      risk.mitigation ?? null,
      t(`risk.status.${risk.status}`),
      list(risk.itemIds),
    ]),
};

/**
 * The funding table: first a line per category (its id and name), then a line per amount of each
 * decision, the decision's own cells repeated on each (one line with no amount for one without).
 */
const FUNDING: PlanSheet = {
  key: 'funding',
  name: 'sheetName.funding',
  headers: headersOf('funding'),
  widths: [16, 12, 12, 20, 32, 12, 16, 24, 14, 14, 30],
  present: (plan) => plan.funding !== undefined,
  rows: (plan, t) => {
    const funding = plan.funding;
    if (!funding) return [];
    const names = new Map(funding.categories.map((c) => [c.id, c.name]));
    const categories: SheetValue[][] = funding.categories.map((category) => [
      ...Array<null>(6).fill(null),
      category.id,
      category.name,
      null,
      null,
      null,
    ]);
    const entries = funding.entries.flatMap((entry) => {
      const own: SheetValue[] = [
        entry.id,
        date(entry.date),
        t(`funding.decider.${entry.decider}`),
        entry.reference ?? null,
        entry.label ?? null,
        t(`funding.state.${entry.state}`),
      ];
      const tail: SheetValue[] = [
        entry.years.length ? entry.years.join(', ') : null,
        list(entry.itemIds),
      ];
      if (entry.amounts.length === 0) return [[...own, null, null, null, ...tail]];
      return entry.amounts.map((amount) => [
        ...own,
        amount.category,
        names.get(amount.category) ?? null,
        amount.cents / 100,
        ...tail,
      ]);
    });
    return [...categories, ...entries];
  },
};

export const PART_SHEETS: readonly PlanSheet[] = [LANES, RISKS, FUNDING];
