import { z } from 'zod/mini';

/** One plan in the library: the same envelope as a file, plus the library's own bookkeeping. */
export const planRecordSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** Counts saves; a later issue checks it before writing (compare-and-set between tabs). */
  revision: z.int().check(z.minimum(0)),
  savedAt: z.iso.datetime(),
  file: z.unknown(),
});
export type PlanRecord = z.infer<typeof planRecordSchema>;
