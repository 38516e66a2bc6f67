/**
 * An object of async methods whose code loads at the first call (a failed load is tried again at
 * the next): for parts the first screen never calls, kept out of its download.
 */
export function lazyObject<T extends object, K extends keyof T>(
  load: () => Promise<T>,
  methods: readonly K[],
): Pick<T, K> {
  let loading: Promise<T> | undefined;
  const target = () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
  const call =
    (name: K) =>
    async (...args: unknown[]) => {
      const object = await target();
      return (object[name] as (...args: unknown[]) => unknown).apply(object, args);
    };
  return Object.fromEntries(methods.map((name) => [name, call(name)])) as unknown as Pick<T, K>;
}
