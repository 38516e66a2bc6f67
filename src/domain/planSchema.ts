// First: zod must be jitless before any schema is built (the CSP forbids eval), however the
// bundler splits the chunks; main.ts imports it first as well.
import './zodConfig';
import { z } from 'zod/mini';
import { COUNT_MAX, TEXT_MAX } from './limits';
import { isSafeLink } from './safeLink';
import { checkPlanIntegrity } from './planIntegrity';
import { isDateInRange, MAX_DATE, MIN_DATE } from './calendarRange';
import { firstBadCharacter } from './textRules';

/**
 * Text of at most `max` characters, holding only characters plan text may hold (textRules.ts):
 * single-line fields no control characters at all, multi-line ones tab and line breaks too.
 */
const planText = (max: number, multiline = false) =>
  z.string().check(
    z.maxLength(max),
    z.superRefine((value, ctx) => {
      const char = firstBadCharacter(value, multiline);
      if (char) ctx.addIssue({ code: 'custom', message: 'badCharacter', params: { char } });
    }),
  );

/** Custom issue messages are message keys; the UI turns them into sentences. */
const nonBlank = (max: number) => planText(max).check(z.regex(/\S/, { message: 'blank' }));
const optionalText = (max: number, multiline = false) => z.optional(planText(max, multiline));

export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'badId' }));
/**
 * A real calendar date `YYYY-MM-DD` (no 2022-02-30) from 1.1.1900 to 31.12.2200
 * (calendarRange.ts); a malformed date gets only the first issue.
 */
export const dateSchema = z.iso.date({ message: 'notARealDate' }).check(
  z.refine((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || isDateInRange(date), {
    message: 'dateOutOfRange',
    params: { min: MIN_DATE, max: MAX_DATE },
  }),
);
export const linkSchema = planText(TEXT_MAX.link).check(
  z.regex(/^(https?|mailto):/i, { message: 'badLink' }),
  z.refine(isSafeLink, { message: 'badLink' }),
);
export const colorSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { message: 'badColor' }));

export const STATUSES = ['planned', 'inProgress', 'done', 'atRisk', 'late', 'tentative'] as const;
export const LANE_KINDS = ['hallinto', 'tori', 'tosi', 'infra', 'custom'] as const;
export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;

const endNotBeforeStart = () =>
  z.refine<{ start: string; end: string }>((v) => v.end >= v.start, {
    message: 'endBeforeStart',
    path: ['end'],
  });
const list = <T extends z.core.SomeType>(element: T, max: number) =>
  z.array(element).check(z.maxLength(max));
/** A list a file may leave out: it reads as empty. */
const optionalList = <T extends z.core.SomeType>(element: T, max: number) =>
  z._default(list(element, max), []);

export const rowSchema = z.strictObject({ id: idSchema, name: nonBlank(TEXT_MAX.name) });

export const laneSchema = z.strictObject({
  id: idSchema,
  name: nonBlank(TEXT_MAX.name),
  kind: z.enum(LANE_KINDS),
  color: colorSchema,
  collapsed: z._default(z.boolean(), false),
  rows: list(rowSchema, COUNT_MAX.rowsPerLane),
});

const labelSchema = nonBlank(TEXT_MAX.label);
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

export const checkpointSchema = z.strictObject({
  date: dateSchema,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
});

export const trackSchema = z.strictObject({
  id: idSchema,
  rowId: idSchema,
  label: labelSchema,
  checkpoints: list(checkpointSchema, COUNT_MAX.checkpoints),
});

const pointMarker = <T extends 'keyDate' | 'meeting'>(type: T) =>
  z.strictObject({ id: idSchema, type: z.literal(type), label: labelSchema, date: dateSchema });

export const blackoutSchema = z
  .strictObject({
    id: idSchema,
    type: z.literal('blackout'),
    label: labelSchema,
    start: dateSchema,
    end: dateSchema,
  })
  .check(endNotBeforeStart());

export const markerSchema = z.discriminatedUnion('type', [
  pointMarker('keyDate'),
  pointMarker('meeting'),
  blackoutSchema,
]);

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
});

export const planSchema = planFieldsSchema.check(z.superRefine(checkPlanIntegrity));

export type Plan = z.infer<typeof planSchema>;
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
