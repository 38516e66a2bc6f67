import {
  AMOUNT_MAX_CENTS,
  YEAR_MAX,
  YEAR_MIN,
  fundingEntrySchema,
  referenceSchema,
  type Funding,
  type FundingEntry,
} from '../../domain/funding/fundingSchema';
import type { MessageKey } from '../../i18n/fi';
import { formatDate } from '../../i18n/formatDate';
import { moneyInputText } from '../../i18n/formatMoney';
import { parseMoney } from '../../i18n/parseMoney';
import { dateInputMessage, readDateInput } from '../../i18n/parseDateInput';

/** The funding editor's fields as typed; `amounts` by category id. */
export interface FundingDraft {
  date: string;
  decider: FundingEntry['decider'];
  reference: string;
  label: string;
  state: FundingEntry['state'];
  years: string;
  amounts: Record<string, string>;
  /** The items the money funds. */
  itemIds: string[];
}

/** A field's error as a message key and its parameters. */
export interface FundingFieldError {
  field: string;
  key: MessageKey;
  params?: Record<string, string>;
}

export function draftOf(entry: FundingEntry, funding: Pick<Funding, 'categories'>): FundingDraft {
  const amounts = Object.fromEntries(
    funding.categories.map((category) => {
      const cents = entry.amounts.find((a) => a.category === category.id)?.cents;
      return [category.id, cents === undefined ? '' : moneyInputText(cents)];
    }),
  );
  return {
    date: formatDate(entry.date, 'fi'),
    decider: entry.decider,
    reference: entry.reference ?? '',
    label: entry.label ?? '',
    state: entry.state,
    years: yearsText(entry.years),
    amounts,
    itemIds: entry.itemIds ?? [],
  };
}

/** "2021", "2021–2022" for a run of years, "2021, 2023" otherwise. */
export function yearsText(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const run = sorted.length > 1 && last - first === sorted.length - 1;
  return run ? `${first}–${last}` : sorted.join(', ');
}

/** Years as typed: "2021", "2021–2022", "2021-2023", "2021, 2022"; null when not that. */
export function parseYears(text: string): number[] | null {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const range = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(trimmed);
  if (range && Number(range[2]) < Number(range[1])) return null;
  const years = range
    ? Array.from(
        { length: Number(range[2]) - Number(range[1]) + 1 },
        (_, i) => Number(range[1]) + i,
      )
    : trimmed.split(/\s*[,;]\s*|\s+/).map((part) => (/^\d{4}$/.test(part) ? Number(part) : NaN));
  const valid =
    years.length > 0 &&
    years.length <= 20 &&
    years.every((year) => year >= YEAR_MIN && year <= YEAR_MAX) &&
    new Set(years).size === years.length;
  return valid ? years.sort((a, b) => a - b) : null;
}

/** The entry the draft makes, or every field's error in the user's words. */
export function readFundingDraft(
  draft: FundingDraft,
  id: string,
  funding: Pick<Funding, 'categories'>,
  reference: string,
): { entry: FundingEntry; errors: [] } | { entry: null; errors: FundingFieldError[] } {
  const errors: FundingFieldError[] = [];
  const date = readDateInput(draft.date, reference);
  if (date.error) {
    const message = dateInputMessage(date.error);
    errors.push({ field: 'date', key: message.key, params: message.params });
  }
  const years = parseYears(draft.years);
  if (!years) errors.push({ field: 'years', key: 'fundingForm.badYears' });
  const ref = draft.reference.trim();
  if (ref && !referenceSchema.safeParse(ref).success)
    errors.push({ field: 'reference', key: 'fundingForm.badReference' });
  const amounts: FundingEntry['amounts'] = [];
  for (const category of funding.categories) {
    const text = draft.amounts[category.id] ?? '';
    if (!text.trim()) continue;
    const parsed = parseMoney(text, AMOUNT_MAX_CENTS);
    if (parsed.ok) amounts.push({ category: category.id, cents: parsed.cents });
    else
      errors.push({
        field: `amount-${category.id}`,
        key: `money.error.${parsed.error}`,
        params: { value: text.trim().slice(0, 40) },
      });
  }
  if (!amounts.length && !errors.some((e) => e.field.startsWith('amount-')))
    errors.push({ field: 'amounts', key: 'fundingForm.noAmount' });
  if (errors.length || !date.date || !years) return { entry: null, errors };
  const candidate: Record<string, unknown> = {
    id,
    date: date.date,
    decider: draft.decider,
    ...(ref ? { reference: ref } : {}),
    ...(draft.label.trim() ? { label: draft.label.trim() } : {}),
    state: draft.state,
    amounts,
    years,
    ...(draft.itemIds.length ? { itemIds: draft.itemIds } : {}),
  };
  const parsed = fundingEntrySchema.safeParse(candidate);
  if (!parsed.success) return { entry: null, errors: [{ field: 'label', key: 'problem.invalid' }] };
  return { entry: parsed.data, errors: [] };
}
