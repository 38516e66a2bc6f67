import '../zodConfig';
import { z } from 'zod/mini';
import { COUNT_MAX, TEXT_MAX } from '../limits';
import { dateSchema, idSchema, list, nonBlank, optionalText } from '../planSchemaParts';

/** Who decides: the ministries of finance and of social affairs and health, the EU, the county. */
export const DECIDERS = ['VM', 'STM', 'EU', 'own'] as const;
/** An application not yet decided, a decision granted, money paid. */
export const FUNDING_STATES = ['applied', 'granted', 'paid'] as const;

/**
 * One amount at most 10 000 M€, in cents: 500 decisions × 10 categories still sum exactly in a
 * double (below 2^53).
 */
export const AMOUNT_MAX_CENTS = 1_000_000_000_000;
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;
/** A register number as the ministries write it: VN/14629/2021, STM/1234/2021, EU 2021/123. */
export const REFERENCE_MAX = 60;
export const REFERENCE_PATTERN =
  /^[A-Za-z0-9ÅÄÖåäö](?:[A-Za-z0-9ÅÄÖåäö/._:() -]*[A-Za-z0-9ÅÄÖåäö)])?$/;

export const referenceSchema = z
  .string()
  .check(
    z.maxLength(REFERENCE_MAX, { message: 'badReference' }),
    z.regex(REFERENCE_PATTERN, { message: 'badReference' }),
  );

export const centsSchema = z
  .int({ message: 'badAmount' })
  .check(
    z.minimum(0, { message: 'badAmount' }),
    z.maximum(AMOUNT_MAX_CENTS, { message: 'badAmount' }),
  );

export const yearSchema = z
  .int({ message: 'badYear' })
  .check(z.minimum(YEAR_MIN, { message: 'badYear' }), z.maximum(YEAR_MAX, { message: 'badYear' }));

/** A kind of money the county keeps apart ("Perusrahoitus", "ICT-rahoitus"); names editable. */
export const fundingCategorySchema = z.strictObject({
  id: idSchema,
  name: nonBlank(TEXT_MAX.name),
});

export const fundingAmountSchema = z.strictObject({ category: idSchema, cents: centsSchema });

/** A decision or an application: "VM päätös 28.3.2022, VN/14629/2021". */
export const fundingEntrySchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  decider: z.enum(DECIDERS),
  reference: z.optional(referenceSchema),
  label: optionalText(TEXT_MAX.label),
  state: z._default(z.enum(FUNDING_STATES), 'granted'),
  amounts: list(fundingAmountSchema, COUNT_MAX.fundingCategories),
  years: z._default(list(yearSchema, COUNT_MAX.fundingYears), []),
  itemIds: z.optional(list(idSchema, COUNT_MAX.linksPerEntry)),
});

/**
 * The sum written on the roadmap's marker row at a date under a name of the user's ("Täydentävät
 * rahoitushaut 23,4 + X M€"); the amount is the table's, so it follows every edit of it.
 */
export const fundingSummarySchema = z.strictObject({
  label: nonBlank(TEXT_MAX.label),
  date: dateSchema,
});

/** The funding table; a plan without one leaves the key out, so its file reads as before. */
export const fundingSchema = z.strictObject({
  categories: list(fundingCategorySchema, COUNT_MAX.fundingCategories),
  entries: list(fundingEntrySchema, COUNT_MAX.fundingEntries),
  summary: z.optional(fundingSummarySchema),
});

export type Funding = z.infer<typeof fundingSchema>;
export type FundingEntry = z.infer<typeof fundingEntrySchema>;
export type FundingCategory = z.infer<typeof fundingCategorySchema>;
export type FundingSummary = z.infer<typeof fundingSummarySchema>;
export type FundingAmount = z.infer<typeof fundingAmountSchema>;
export type Decider = (typeof DECIDERS)[number];
export type FundingState = (typeof FUNDING_STATES)[number];
