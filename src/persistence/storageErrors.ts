/** Another tab (or an older copy of this one) saved the plan since this tab read it. */
export class RevisionConflict extends Error {
  override readonly name = 'RevisionConflict';
  constructor(
    readonly id: string,
    readonly expected: number,
    readonly found: number | 'unreadable',
  ) {
    super(`Plan ${id} is at revision ${found}, not ${expected}`);
  }
}

/** A newer version of the app has written here: this older one must not write over its work. */
export class NewerAppVersion extends Error {
  override readonly name = 'NewerAppVersion';
  constructor(readonly version: string) {
    super(`Data written by app version ${version}`);
  }
}

/** IndexedDB did not answer in time (private windows and policies can leave open() hanging). */
export class StorageTimeout extends Error {
  override readonly name = 'StorageTimeout';
}

/** The write went through but reading it back did not give it: the save is not acknowledged. */
export class WriteNotConfirmed extends Error {
  override readonly name = 'WriteNotConfirmed';
}

/** Chromium reports a full disk with an empty message, so the error's name is what tells. */
export const isQuotaError = (error: unknown): boolean =>
  (error as { name?: string } | null)?.name === 'QuotaExceededError';

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageTimeout(`${what} did not answer within ${ms} ms`)),
      ms,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
