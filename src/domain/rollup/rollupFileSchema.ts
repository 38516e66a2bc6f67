// zod must be jitless before any schema is built (the CSP forbids eval).
import '../zodConfig';
import { z } from 'zod/mini';
import { TEXT_MAX } from '../limits';
import { titleSchema } from '../planSchema';
import { dateSchema, labelSchema, list, nonBlank, planText } from '../planSchemaParts';

export const ROLLUP_FILE_TYPE = 'tiekartta-rollup';
export const ROLLUP_FORMAT_VERSION = 1;
export const ROLLUP_FILE_EXTENSION = '.kokonaiskuva.json';
/** A national roll-up is 22 plans; a county's portfolio a handful. */
export const ROLLUP_PLANS_MAX = 100;
/** The key dates of the change a coordinator gives once for the whole country. */
export const NATIONAL_MILESTONES_MAX = 50;

/** A plan the roll-up holds, by what a coordinator recognises next month: its title and file. */
export const rollupEntrySchema = z.strictObject({
  title: titleSchema,
  fileName: z.optional(nonBlank(TEXT_MAX.name)),
});

/** A key date given in the roll-up itself, not read from the plans: "Hyvinvointialueet aloittavat 1.1.2023". */
export const nationalMilestoneSchema = z.strictObject({
  date: dateSchema,
  label: labelSchema,
});

/**
 * The roll-up file: which plans, how they were grouped and the national milestones given in it;
 * never the plans themselves. A file from before the milestones has none and reads as before.
 */
export const rollupFileSchema = z.strictObject({
  type: z.literal(ROLLUP_FILE_TYPE),
  version: z.literal(ROLLUP_FORMAT_VERSION),
  title: planText(TEXT_MAX.title),
  grouping: z.enum(['plan', 'kind']),
  plans: list(rollupEntrySchema, ROLLUP_PLANS_MAX),
  milestones: z.optional(list(nationalMilestoneSchema, NATIONAL_MILESTONES_MAX)),
});

export type RollupFile = z.infer<typeof rollupFileSchema>;
export type RollupEntry = z.infer<typeof rollupEntrySchema>;
export type NationalMilestone = z.infer<typeof nationalMilestoneSchema>;
