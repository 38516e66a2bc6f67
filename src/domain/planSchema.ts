// First: zod must be jitless before any schema is built (the CSP forbids eval), however the
// bundler splits the chunks; main.ts imports it first as well.
import './zodConfig';
import { z } from 'zod/mini';
import { COUNT_MAX, TEXT_MAX } from './limits';
import { checkPlanIntegrity } from './planIntegrity';
import { baselineSchema } from './baselineSchema';
import { dependencySchema } from './dependencySchema';
import { risksSchema } from './risks/riskSchema';
import { fundingSchema } from './funding/fundingSchema';
import {
  CLASSIFICATIONS,
  LANE_KINDS,
  STATUSES,
  checkpointSchema,
  colorSchema,
  dateSchema,
  endNotBeforeStart,
  idSchema,
  labelSchema,
  linkSchema,
  list,
  markerSchema,
  nonBlank,
  optionalList,
  optionalText,
  planText,
} from './planSchemaParts';

export {
  CLASSIFICATIONS,
  LANE_KINDS,
  STATUSES,
  blackoutSchema,
  checkpointSchema,
  colorSchema,
  dateSchema,
  idSchema,
  linkSchema,
  markerSchema,
} from './planSchemaParts';

export const rowSchema = z.strictObject({ id: idSchema, name: nonBlank(TEXT_MAX.name) });

export const laneSchema = z.strictObject({
  id: idSchema,
  name: nonBlank(TEXT_MAX.name),
  kind: z.enum(LANE_KINDS),
  color: colorSchema,
  collapsed: z._default(z.boolean(), false),
  rows: list(rowSchema, COUNT_MAX.rowsPerLane),
});

const itemTail = {
  status: z._default(z.enum(STATUSES), 'planned'),
  owner: optionalText(TEXT_MAX.owner),
  notes: optionalText(TEXT_MAX.notes, true),
  link: z.optional(linkSchema),
};

export const milestoneSchema = z.strictObject({
  id: idSchema,
  type: z.literal('milestone'),
  rowId: idSchema,
  label: labelSchema,
  date: dateSchema,
  ...itemTail,
});

/** A phase covers `start` to `end`, both days included. */
export const phaseSchema = z
  .strictObject({
    id: idSchema,
    type: z.literal('phase'),
    rowId: idSchema,
    label: labelSchema,
    start: dateSchema,
    end: dateSchema,
    ...itemTail,
  })
  .check(endNotBeforeStart());

export const itemSchema = z.discriminatedUnion('type', [milestoneSchema, phaseSchema]);

export const trackSchema = z.strictObject({
  id: idSchema,
  rowId: idSchema,
  label: labelSchema,
  checkpoints: list(checkpointSchema, COUNT_MAX.checkpoints),
});

export const windowSchema = z
  .strictObject({ start: dateSchema, end: dateSchema })
  .check(endNotBeforeStart());

export const titleSchema = nonBlank(TEXT_MAX.title);

/** The plan's fields without the rules that span it; see planSchema. */
export const planFieldsSchema = z.strictObject({
  title: titleSchema,
  organisation: planText(TEXT_MAX.organisation),
  classification: z.enum(CLASSIFICATIONS),
  asOf: dateSchema,
  window: windowSchema,
  principles: optionalList(nonBlank(TEXT_MAX.principle), COUNT_MAX.principles),
  lanes: list(laneSchema, COUNT_MAX.lanes),
  items: optionalList(itemSchema, COUNT_MAX.items),
  tracks: optionalList(trackSchema, COUNT_MAX.tracks),
  markers: optionalList(markerSchema, COUNT_MAX.markers),
  dependencies: optionalList(dependencySchema, COUNT_MAX.dependencies),
  /** Optional parts: a plan without them is written without the keys, byte for byte as before. */
  risks: risksSchema,
  funding: z.optional(fundingSchema),
  baselines: optionalList(baselineSchema, COUNT_MAX.baselines),
  /** The baseline the comparison uses; without it, the newest. */
  compareWith: z.optional(idSchema),
});

export const planSchema = planFieldsSchema.check(z.superRefine(checkPlanIntegrity));

export type Plan = z.infer<typeof planSchema>;
export type { Baseline, BaselineItem, BaselineLink, BaselineTrack } from './baselineSchema';
export type { Dependency, DependencyKind } from './dependencySchema';
export type { Risk } from './risks/riskSchema';
export type { Funding, FundingEntry, FundingCategory } from './funding/fundingSchema';
export type Lane = z.infer<typeof laneSchema>;
export type Row = z.infer<typeof rowSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Checkpoint = z.infer<typeof checkpointSchema>;
export type Marker = z.infer<typeof markerSchema>;
export type Status = (typeof STATUSES)[number];
export type LaneKind = (typeof LANE_KINDS)[number];
export type Classification = (typeof CLASSIFICATIONS)[number];
