// First: zod must be jitless before any schema is built (the CSP forbids eval).
import './zodConfig';
import { z } from 'zod/mini';
import { TEXT_MAX } from './limits';
import { isSafeLink } from './safeLink';
import { isDateInRange, MAX_DATE, MIN_DATE } from './calendarRange';
import { firstBadCharacter } from './textRules';

/**
 * Text of at most `max` characters, holding only characters plan text may hold (textRules.ts):
 * single-line fields no control characters at all, multi-line ones tab and line breaks too.
 */
export const planText = (max: number, multiline = false) =>
  z.string().check(
    z.maxLength(max),
    z.superRefine((value, ctx) => {
      const char = firstBadCharacter(value, multiline);
      if (char) ctx.addIssue({ code: 'custom', message: 'badCharacter', params: { char } });
    }),
  );

/** Custom issue messages are message keys; the UI turns them into sentences. */
export const nonBlank = (max: number) => planText(max).check(z.regex(/\S/, { message: 'blank' }));
export const optionalText = (max: number, multiline = false) =>
  z.optional(planText(max, multiline));

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

export const endNotBeforeStart = () =>
  z.refine<{ start: string; end: string }>((v) => v.end >= v.start, {
    message: 'endBeforeStart',
    path: ['end'],
  });
export const list = <T extends z.core.SomeType>(element: T, max: number) =>
  z.array(element).check(z.maxLength(max));
/** A list a file may leave out: it reads as empty. */
export const optionalList = <T extends z.core.SomeType>(element: T, max: number) =>
  z._default(list(element, max), []);

export const labelSchema = nonBlank(TEXT_MAX.label);

export const checkpointSchema = z.strictObject({
  date: dateSchema,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
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
