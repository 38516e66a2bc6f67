import { z } from 'zod';

/** One plan in the library: the same envelope as a file, plus the library's own bookkeeping. */
export const planRecordSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** Counts saves; a later issue checks it before writing (compare-and-set between tabs). */
  revision: z.number().int().min(0),
  savedAt: z.iso.datetime(),
  file: z.unknown(),
});
export type PlanRecord = z.infer<typeof planRecordSchema>;
