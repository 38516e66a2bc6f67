import './zodConfig';
import { z } from 'zod/mini';
import { dependencySchema } from './dependencySchema';
import { fundingSchema } from './funding/fundingSchema';
import { COUNT_MAX, TEXT_MAX } from './limits';
import {
  checkpointSchema,
  dateSchema,
  idSchema,
  list,
  markerSchema,
  nonBlank,
  STATUSES,
} from './planSchemaParts';
import { IMPACTS, PROBABILITIES, RISK_STATUSES, riskNumberSchema } from './risks/riskSchema';

/**
 * What a baseline keeps of an item: enough to say what moved, nothing the comparison never shows
 * (owner, notes and link stay in the plan only).
 */
const itemCore = {
  id: idSchema,
  rowId: idSchema,
  label: nonBlank(TEXT_MAX.label),
  status: z.enum(STATUSES),
};
export const baselineMilestoneSchema = z.strictObject({
  ...itemCore,
  type: z.literal('milestone'),
  date: dateSchema,
});
export const baselinePhaseSchema = z.strictObject({
  ...itemCore,
  type: z.literal('phase'),
  start: dateSchema,
  end: dateSchema,
});
const baselineItemSchema = z.discriminatedUnion('type', [
  baselineMilestoneSchema,
  baselinePhaseSchema,
]);

const baselineTrackSchema = z.strictObject({
  id: idSchema,
  rowId: idSchema,
  label: nonBlank(TEXT_MAX.label),
  checkpoints: list(checkpointSchema, COUNT_MAX.checkpoints),
});

/** Lane and row names as they were, so a change can name a row that is gone since. */
const baselineLaneSchema = z.strictObject({
  id: idSchema,
  name: nonBlank(TEXT_MAX.name),
  rows: list(
    z.strictObject({ id: idSchema, name: nonBlank(TEXT_MAX.name) }),
    COUNT_MAX.rowsPerLane,
  ),
});

/** A risk's scores as they were, for its trend since the baseline. */
const baselineRiskSchema = z.strictObject({
  id: idSchema,
  number: riskNumberSchema,
  title: nonBlank(TEXT_MAX.label),
  probability: z.enum(PROBABILITIES),
  impact: z.enum(IMPACTS),
  status: z.enum(RISK_STATUSES),
});

/** A baseline's name, as the save and rename forms check it. */
export const baselineNameSchema = nonBlank(TEXT_MAX.name);

/** The plan's dates frozen under a name ("Ohjausryhmä 14.3.2022") on the day it was saved. */
export const baselineSchema = z.strictObject({
  id: idSchema,
  name: baselineNameSchema,
  savedOn: dateSchema,
  lanes: list(baselineLaneSchema, COUNT_MAX.lanes),
  items: list(baselineItemSchema, COUNT_MAX.items),
  tracks: list(baselineTrackSchema, COUNT_MAX.tracks),
  markers: list(markerSchema, COUNT_MAX.markers),
  /** The links as they were; absent in a baseline saved before links existed (not compared). */
  dependencies: z.optional(list(dependencySchema, COUNT_MAX.dependencies)),
  /** Left out when the plan had no risks, so older baselines read as before. */
  risks: z.optional(list(baselineRiskSchema, COUNT_MAX.risks)),
  /**
   * The funding table as it was, without the items each entry funds (empty when the plan had
   * none); absent in a baseline saved before baselines kept it, which is then not compared.
   */
  funding: z.optional(fundingSchema),
});

export type Baseline = z.infer<typeof baselineSchema>;
export type BaselineItem = Baseline['items'][number];
export type BaselineTrack = Baseline['tracks'][number];
export type BaselineLink = NonNullable<Baseline['dependencies']>[number];
export type BaselineRisk = NonNullable<Baseline['risks']>[number];
export type BaselineFunding = NonNullable<Baseline['funding']>;
