import type { z } from 'zod/mini';
import { toPlanIssues } from '../io/planIssues';
import type { SheetField } from './fields';
import type { SheetIssue } from './sheetIssue';

/** Where a thing comes from: a sheet and its row number. */
export type Where = { sheet: string; line: number };

export type Skip = (
  row: Where,
  field: SheetField | undefined,
  problem: SheetIssue['problem'],
  value: string,
  params?: SheetIssue['params'],
) => void;

const FIELD_OF_PATH: Record<string, SheetField> = {
  label: 'label',
  date: 'date',
  start: 'start',
  end: 'end',
  status: 'status',
  owner: 'owner',
  notes: 'notes',
  link: 'link',
  id: 'id',
  checkpoints: 'percent',
  rowId: 'row',
};

/** The schema's word on one thing; its first issue skips the row, located at the field's column. */
export function checked(
  row: Where,
  schema: z.ZodMiniType,
  value: object,
  skip: Skip,
  fields: Record<string, SheetField> = FIELD_OF_PATH,
): boolean {
  const parsed = schema.safeParse(value);
  if (parsed.success) return true;
  const first = parsed.error.issues[0];
  const [issue] = toPlanIssues(first ? [first] : [], value);
  const name = String(first?.path[0] ?? '');
  const field = fields[name];
  const shown = (value as Record<string, unknown>)[name];
  skip(
    row,
    field,
    issue?.problem ?? 'invalid',
    typeof shown === 'string' ? shown : '',
    issue?.params,
  );
  return false;
}
