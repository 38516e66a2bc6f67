import type { UseStore } from 'idb-keyval';
import { lazyObject } from '../lazy/lazyObject';
import type { BackupPolicy } from './backupPolicy';
import type { BackupRing } from './backupRing';

const METHODS = ['list', 'isDue', 'keepRecord', 'load', 'text', 'clear', 'removeOrphans'] as const;

/** What the app uses of the ring of earlier versions. */
export type Backups = Pick<BackupRing, (typeof METHODS)[number]>;

/**
 * The ring, loaded at its first use (the first save after an edit, or the versions dialog) rather
 * than with the first screen, which never reads it.
 */
export const lazyBackupRing = (
  options: { store?: UseStore; policy?: BackupPolicy } = {},
): Backups =>
  lazyObject(
    () => import('./backupRing').then(({ BackupRing }) => new BackupRing(options)),
    METHODS,
  );
