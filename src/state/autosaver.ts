// Whether a failed save was a full disk: the storage notices read it from the save status.
export { isQuotaError } from '../persistence/storageErrors';

export type SaveStatus =
  | { kind: 'saved'; at: Date }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown }
  /** Another tab saved this plan first: writing stops until the user chooses whose version stays. */
  | { kind: 'conflict' }
  /** A newer version of the app has written here: this tab writes nothing more and asks to reload. */
  | { kind: 'outdated'; version: string }
  /** The stored record is gone (deleted in another tab, or storage wiped): the plan lives in this tab. */
  | { kind: 'gone'; reason: 'deleted' | 'wiped' };

type StopStatus = Extract<SaveStatus, { kind: 'conflict' | 'outdated' | 'gone' }>;

/** Edits within this window ride along in one write. */
export const AUTOSAVE_THROTTLE_MS = 800;
/** After a failed write the edits stay in memory and the write is tried again after this. */
export const AUTOSAVE_RETRY_MS = 5_000;

interface AutosaverOptions {
  /** Writes the latest state and resolves with the moment it was committed. */
  write: () => Promise<Date>;
  onStatus: (status: SaveStatus) => void;
  throttleMs?: number;
  retryMs?: number;
}

/** Throttled, serialised writes: one in flight at a time, never a lost edit. */
export class Autosaver {
  readonly #options: Required<AutosaverOptions>;
  #dirty = false;
  /** After a revision conflict nothing is written until the conflict is resolved. */
  #stopped = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<void> | undefined;

  constructor(options: AutosaverOptions) {
    this.#options = { throttleMs: AUTOSAVE_THROTTLE_MS, retryMs: AUTOSAVE_RETRY_MS, ...options };
  }

  get dirty(): boolean {
    return this.#dirty || this.#inFlight !== undefined;
  }

  markDirty(): void {
    this.#dirty = true;
    if (this.#stopped) return;
    this.#options.onStatus({ kind: 'pending' });
    this.#schedule(this.#options.throttleMs);
  }

  /** Records a write that failed outside the autosaver: unsaved, reported, retried later. */
  markFailed(error: unknown): void {
    this.#dirty = true;
    this.#options.onStatus({ kind: 'failed', error });
    this.#schedule(this.#options.retryMs);
  }

  /** Writes now if anything is unsaved; resolves when everything known so far is committed. */
  async flush(): Promise<void> {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#inFlight) await this.#inFlight;
    if (this.#dirty) await this.#run();
  }

  /** Resolves when the write under way, if any, has ended; starts none. */
  async settled(): Promise<void> {
    if (this.#inFlight) await this.#inFlight;
  }

  /** Stops writing: another tab has saved newer work (or runs a newer app) that must not be overwritten. */
  stop(reason: StopStatus = { kind: 'conflict' }): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#options.onStatus(reason);
  }

  /** The conflict is resolved by taking the stored version: nothing here is unsaved any more. */
  reset(): void {
    this.#stopped = false;
    this.#dirty = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(delay: number): void {
    if (this.#timer !== undefined || this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delay);
  }

  #run(): Promise<void> {
    this.#dirty = false;
    this.#options.onStatus({ kind: 'saving' });
    this.#inFlight = this.#options
      .write()
      .then((at) => {
        if (!this.#dirty && !this.#stopped) this.#options.onStatus({ kind: 'saved', at });
      })
      .catch((error: unknown) => {
        this.#dirty = true;
        const stop = stopReason(error);
        if (stop) return this.stop(stop);
        this.#options.onStatus({ kind: 'failed', error });
        this.#schedule(this.#options.retryMs);
      })
      .finally(() => {
        this.#inFlight = undefined;
      });
    return this.#inFlight;
  }
}

function stopReason(error: unknown): StopStatus | null {
  const { name, version, found } = (error ?? {}) as {
    name?: string;
    version?: unknown;
    found?: unknown;
  };
  if (name === 'RevisionConflict' && found === -1) return { kind: 'gone', reason: 'wiped' };
  if (name === 'RevisionConflict') return { kind: 'conflict' };
  if (name === 'NewerAppVersion' && typeof version === 'string')
    return { kind: 'outdated', version };
  return null;
}
