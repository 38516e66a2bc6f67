import type { Item } from '../domain/planSchema';
import type { SheetField } from './fields';
import type { SheetRow } from './readRows';

/** The item a row says, over what the plan had: a field without a column stays as it was. */
export function itemOf(row: SheetRow, rowId: string, before: Item | undefined, id: string): Item {
  // Everything the sheet does not say stays as it was, fields added to items later included.
  const kept: Record<string, unknown> = {};
  if (before)
    for (const [field, value] of Object.entries(before))
      if (!SET_BY_ROW.has(field) && !row.mapped.has(field as SheetField) && value !== undefined)
        kept[field] = value;
  const status = row.status ?? before?.status ?? 'planned';
  const tail = { status, ...kept, ...pick(row, ['owner', 'notes', 'link']) };
  return row.kind === 'phase'
    ? {
        id,
        type: 'phase',
        rowId,
        label: row.label,
        start: row.start as string,
        end: row.end as string,
        ...tail,
      }
    : { id, type: 'milestone', rowId, label: row.label, date: row.date as string, ...tail };
}

/** The fields a row always sets; owner, notes and link only when the sheet has their column. */
const SET_BY_ROW = new Set(['id', 'type', 'rowId', 'label', 'date', 'start', 'end', 'status']);

function pick(row: SheetRow, fields: readonly ('owner' | 'notes' | 'link')[]) {
  const out: Record<string, string> = {};
  for (const field of fields) if (row[field] !== undefined) out[field] = row[field] as string;
  return out;
}
