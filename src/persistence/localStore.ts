import type { z } from 'zod/mini';

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

/** Writes and says whether it was kept: a full or refusing localStorage answers false. */
export function tryWrite(key: string, value: string): boolean {
  try {
    if (!globalThis.localStorage) return false;
    globalThis.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    /* Nothing to do where localStorage is not there. */
  }
}

/** Every key that starts with the prefix; none where localStorage is missing. */
export function keysWithPrefix(prefix: string): string[] {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return [];
    const found: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  } catch {
    return [];
  }
}

/** A stored JSON value that passes its schema, or null. */
export function readJson<T>(key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(read(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
