import { describe, expect, it } from 'vitest';
import {
  BACKUP_POLICY,
  backupDue,
  pruneRing,
  type BackupEntry,
} from '../../../src/persistence/backupPolicy';

const entry = (
  revision: number,
  bytes = 100,
  keptAt = '2026-11-20T10:00:00.000Z',
): BackupEntry => ({
  revision,
  savedAt: keptAt,
  keptAt,
  bytes,
  title: `Versio ${revision}`,
  items: 3,
});
const revisions = (entries: BackupEntry[]) => entries.map((e) => e.revision);

describe('backupDue', () => {
  const now = new Date('2026-11-20T10:30:00.000Z');
  it('is due for a plan without copies', () => {
    expect(backupDue(undefined, now, BACKUP_POLICY)).toBe(true);
  });
  it('waits the interval after the newest copy', () => {
    expect(backupDue(entry(1, 1, '2026-11-20T10:00:00.001Z'), now, BACKUP_POLICY)).toBe(false);
    expect(backupDue(entry(1, 1, '2026-11-20T10:00:00.000Z'), now, BACKUP_POLICY)).toBe(true);
  });
});

describe('pruneRing', () => {
  const policy = { maxCount: 3, maxBytes: 1_000 };

  it('keeps the newest copies up to the count', () => {
    const { keep, drop } = pruneRing(
      [5, 4, 3, 2, 1].map((r) => entry(r)),
      policy,
    );
    expect(revisions(keep)).toEqual([5, 4, 3]);
    expect(revisions(drop)).toEqual([2, 1]);
  });

  it('keeps copies up to the size, skipping one too large for what is left', () => {
    const { keep, drop } = pruneRing([entry(4, 500), entry(3, 600), entry(2, 400)], policy);
    expect(revisions(keep)).toEqual([4, 2]);
    expect(revisions(drop)).toEqual([3]);
  });

  it('always keeps the newest copy, however large', () => {
    const { keep, drop } = pruneRing([entry(2, 5_000), entry(1, 10)], policy);
    expect(revisions(keep)).toEqual([2]);
    expect(revisions(drop)).toEqual([1]);
  });

  it('loses nothing it was not told to: kept and dropped together are the input', () => {
    const input = [9, 8, 7, 6].map((r) => entry(r, r * 100));
    const { keep, drop } = pruneRing(input, policy);
    expect([...revisions(keep), ...revisions(drop)].sort()).toEqual([6, 7, 8, 9]);
  });
});
