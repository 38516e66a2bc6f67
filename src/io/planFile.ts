import { z } from 'zod/mini';
import { planSchema, type Plan } from '../domain/planSchema';

export const FILE_TYPE = 'tiekartta-plan';
/** The format version this app writes; older files are migrated up to it. */
export const FORMAT_VERSION = 2;
export const FILE_EXTENSION = '.tiekartta.json';
/** Files larger than this are refused before they are read, in bytes. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export const envelopeSchema = z.strictObject({
  type: z.literal(FILE_TYPE),
  version: z.literal(FORMAT_VERSION),
  appVersion: z.string().check(z.maxLength(50)),
  exportedAt: z.iso.datetime(),
  plan: planSchema,
});
export type PlanEnvelope = z.infer<typeof envelopeSchema>;

export interface EnvelopeMeta {
  /** The moment of writing; the only part of a file that differs between two exports of a plan. */
  exportedAt: Date;
  appVersion: string;
}

/** The envelope in canonical form: schema key order, defaults filled in. */
export function toEnvelope(plan: Plan, meta: EnvelopeMeta): PlanEnvelope {
  return envelopeSchema.parse({
    type: FILE_TYPE,
    version: FORMAT_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt.toISOString(),
    plan,
  });
}

/** Pretty-printed with a stable key order, so one plan always gives the same bytes. */
export function serializeEnvelope(envelope: PlanEnvelope): string {
  return `${JSON.stringify(envelopeSchema.parse(envelope), null, 2)}\n`;
}

export function serializePlanFile(plan: Plan, meta: EnvelopeMeta): string {
  return serializeEnvelope(toEnvelope(plan, meta));
}
