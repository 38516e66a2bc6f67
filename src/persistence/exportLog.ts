import { z } from 'zod/mini';
import { readJson, write } from './localStore';

const EXPORT_LOG_KEY = 'tiekartta.exports';

export const exportMarkSchema = z.strictObject({
  /** The last export of the plan, or, if it was never exported, when this browser first had it. */
  at: z.iso.datetime(),
  exported: z.boolean(),
  /** "Remind me tomorrow": no reminder before this moment. */
  snoozedUntil: z.optional(z.iso.datetime()),
});
export type ExportMark = z.infer<typeof exportMarkSchema>;

/** Kept as [plan id, mark] pairs, so no stored key ever lands on an object's prototype. */
const exportLogSchema = z
  .array(z.tuple([z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)), exportMarkSchema]))
  .check(z.maxLength(10_000));

/** When each plan was last exported from this browser; a damaged log counts as empty. */
export function loadExportLog(): ReadonlyMap<string, ExportMark> {
  return new Map(readJson(EXPORT_LOG_KEY, exportLogSchema) ?? []);
}

/** The log with one plan's mark set, or removed when `mark` is undefined. */
export function withMark(
  log: ReadonlyMap<string, ExportMark>,
  planId: string,
  mark: ExportMark | undefined,
): ReadonlyMap<string, ExportMark> {
  const next = new Map(log);
  if (mark) next.set(planId, mark);
  else next.delete(planId);
  return next;
}

export function saveExportLog(log: ReadonlyMap<string, ExportMark>): void {
  write(EXPORT_LOG_KEY, JSON.stringify([...log]));
}
