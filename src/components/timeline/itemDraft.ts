import { TEXT_MAX } from '../../domain/limits';
import { firstBadCharacter } from '../../domain/textRules';
import { isSafeLink } from '../../domain/safeLink';
import type { Item, Status } from '../../domain/planSchema';
import { formatDate } from '../../i18n/formatDate';
import type { MessageKey } from '../../i18n/fi';
import { dateInputMessage, readDateInput } from '../../i18n/parseDateInput';

/** The editor's fields as typed, before they are checked. */
export interface ItemDraft {
  type: Item['type'];
  label: string;
  start: string;
  end: string;
  status: Status;
  owner: string;
  notes: string;
  link: string;
}

export type DraftErrors = Partial<
  Record<keyof ItemDraft, { key: MessageKey; params?: Record<string, string | number> }>
>;

/** Dates are shown as d.M.yyyy in every language: the form users type, and what the field reads back. */
export function draftOf(item: Item): ItemDraft {
  const start = item.type === 'milestone' ? item.date : item.start;
  const end = item.type === 'milestone' ? item.date : item.end;
  const { label, status, owner = '', notes = '', link = '' } = item;
  return {
    type: item.type,
    label,
    start: formatDate(start, 'fi'),
    end: formatDate(end, 'fi'),
    status,
    owner,
    notes,
    link,
  };
}

type DraftError = NonNullable<DraftErrors[keyof ItemDraft]>;

const tooLong = (text: string, max: number): DraftError | undefined =>
  text.length > max ? { key: 'editor.tooLong' as const, params: { max } } : undefined;

/** Too long, or holding a character plan text may not hold (textRules.ts). */
function textError(text: string, max: number, multiline = false): DraftError | undefined {
  const char = firstBadCharacter(text, multiline);
  return (
    tooLong(text, max) ?? (char ? { key: 'editor.badCharacter', params: { char } } : undefined)
  );
}

/** Checks a draft; with no errors, returns the item it makes. Invalid values never reach the plan. */
export function checkDraft(
  draft: ItemDraft,
  original: Item,
  reference: string,
): { item: Item | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const startInput = readDateInput(draft.start, reference);
  const start = startInput.date;
  const endInput =
    draft.type === 'phase' ? readDateInput(draft.end, start ?? reference, true) : startInput;
  const end = endInput.date;
  if (!draft.label.trim()) errors.label = { key: 'editor.required' };
  else {
    const labelError = textError(draft.label, TEXT_MAX.label);
    if (labelError) errors.label = labelError;
  }
  if (startInput.error) errors.start = dateInputMessage(startInput.error);
  if (draft.type === 'phase' && endInput.error) errors.end = dateInputMessage(endInput.error);
  else if (start && end && end < start) errors.end = { key: 'editor.endBeforeStart' };
  const ownerError = textError(draft.owner, TEXT_MAX.owner);
  if (ownerError) errors.owner = ownerError;
  const notesError = textError(draft.notes, TEXT_MAX.notes, true);
  if (notesError) errors.notes = notesError;
  if (draft.link.trim() && !isSafeLink(draft.link.trim())) errors.link = { key: 'editor.badLink' };
  if (Object.keys(errors).length > 0 || !start || !end) return { item: null, errors };
  const base = { id: original.id, rowId: original.rowId, label: draft.label, status: draft.status };
  const optional = {
    ...(draft.owner.trim() ? { owner: draft.owner } : {}),
    ...(draft.notes.trim() ? { notes: draft.notes } : {}),
    ...(draft.link.trim() ? { link: draft.link.trim() } : {}),
  };
  const item: Item =
    draft.type === 'milestone'
      ? { ...base, type: 'milestone', date: start, ...optional }
      : { ...base, type: 'phase', start, end, ...optional };
  return { item, errors };
}

/** True when a checked draft would change nothing, so saving it adds no step to undo. */
export function sameItem(a: Item, b: Item): boolean {
  const canonical = (item: Item) =>
    JSON.stringify(Object.entries(item).sort(([x], [y]) => x.localeCompare(y)));
  return canonical(a) === canonical(b);
}
