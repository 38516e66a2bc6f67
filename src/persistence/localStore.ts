import type { z } from 'zod';

/** localStorage can be missing or throw (privacy settings); preferences then live for the tab. */
export function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* A preference that cannot be kept is not worth an error on screen. */
  }
}

/** A stored JSON value that passes its schema, or null. */
export function readJson<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(read(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
