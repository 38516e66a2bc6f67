import type { UseStore } from 'idb-keyval';
import type { BackupPolicy } from './backupPolicy';
import type { BackupRing } from './backupRing';

/** What the app uses of the ring of earlier versions. */
export type Backups = Pick<
  BackupRing,
  'list' | 'isDue' | 'keepRecord' | 'load' | 'text' | 'clear' | 'removeOrphans'
>;

/**
 * The ring, loaded at its first use (the first save after an edit, or the versions dialog) rather
 * than with the first screen, which never reads it.
 */
export class LazyBackupRing implements Backups {
  #ring: Promise<BackupRing> | undefined;
  readonly #options: { store?: UseStore; policy?: BackupPolicy };

  constructor(options: { store?: UseStore; policy?: BackupPolicy } = {}) {
    this.#options = options;
  }

  #get(): Promise<BackupRing> {
    this.#ring ??= import('./backupRing').then(({ BackupRing }) => new BackupRing(this.#options));
    this.#ring.catch(() => (this.#ring = undefined));
    return this.#ring;
  }

  list: Backups['list'] = async (...args) => (await this.#get()).list(...args);
  isDue: Backups['isDue'] = async (...args) => (await this.#get()).isDue(...args);
  keepRecord: Backups['keepRecord'] = async (...args) => (await this.#get()).keepRecord(...args);
  load: Backups['load'] = async (...args) => (await this.#get()).load(...args);
  text: Backups['text'] = async (...args) => (await this.#get()).text(...args);
  clear: Backups['clear'] = async () => (await this.#get()).clear();
  removeOrphans: Backups['removeOrphans'] = async (...args) =>
    (await this.#get()).removeOrphans(...args);
}
