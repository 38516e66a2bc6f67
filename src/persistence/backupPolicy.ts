import { z } from 'zod/mini';

/** One earlier revision of a plan kept in the ring: what the "earlier versions" list shows. */
export const backupEntrySchema = z.strictObject({
  revision: z.int().check(z.minimum(0)),
  /** When that revision was saved: what the user recognises. */
  savedAt: z.iso.datetime(),
  /** When it was copied into the ring: what spaces the copies apart. */
  keptAt: z.iso.datetime(),
  bytes: z.int().check(z.minimum(0)),
  title: z.string().check(z.maxLength(200)),
  items: z.int().check(z.minimum(0)),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** Newest first. */
export const backupIndexSchema = z.array(backupEntrySchema).check(z.maxLength(1_000));

export interface BackupPolicy {
  /** A copy is kept at most this often while a plan is being edited. */
  intervalMs: number;
  maxCount: number;
  /** Per plan, counted as the stored text's UTF-16 size. */
  maxBytes: number;
}

export const BACKUP_POLICY: Readonly<BackupPolicy> = {
  intervalMs: 30 * 60 * 1000,
  maxCount: 12,
  /** Per plan; a national roll-up of 5,000 items is about 1.5 MB a copy. */
  maxBytes: 25 * 1024 * 1024,
};

/** Whether the revision about to be replaced should be copied into the ring first. */
export function backupDue(
  newest: BackupEntry | undefined,
  now: Date,
  policy: BackupPolicy,
): boolean {
  return !newest || now.getTime() - Date.parse(newest.keptAt) >= policy.intervalMs;
}

/**
 * Splits a newest-first ring into what stays and what goes: at most `maxCount` copies and
 * `maxBytes` in all, except that the newest copy always stays, however large.
 */
export function pruneRing(
  entries: readonly BackupEntry[],
  policy: Pick<BackupPolicy, 'maxCount' | 'maxBytes'>,
): { keep: BackupEntry[]; drop: BackupEntry[] } {
  const keep: BackupEntry[] = [];
  const drop: BackupEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const fits = keep.length < policy.maxCount && bytes + entry.bytes <= policy.maxBytes;
    if (keep.length === 0 || fits) {
      keep.push(entry);
      bytes += entry.bytes;
    } else drop.push(entry);
  }
  return { keep, drop };
}
