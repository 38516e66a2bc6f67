/** The wall clock, kept apart so state classes can take a fixed one in tests. */
export const systemClock = (): Date => new Date();
