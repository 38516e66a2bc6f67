/**
 * A module the first screen does not need, loaded the first time it is asked for (or when the
 * browser is idle, by `preload`): `current` is undefined until it has arrived, and reactive.
 */
export class LazyModule<T> {
  current = $state.raw<T | undefined>(undefined);
  #loading: Promise<T> | undefined;
  readonly #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** The module, loaded on the first call; later calls get the same one. */
  load(): Promise<T> {
    this.#loading ??= this.#load().then(
      (module) => (this.current = module),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  /** What has arrived, starting the load when it has not: for templates (a failed load retries). */
  get(): T | undefined {
    if (!this.current) this.load().catch(() => undefined);
    return this.current;
  }
}
