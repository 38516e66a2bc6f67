import type { Plan } from '../domain/planSchema';
import type { ImportError } from '../io/importResult';

export type FileRead = { ok: true; plan: Plan } | { ok: false; error: ImportError };

/** A few workers at a time: each is a thread of its own, and the page needs one core too. */
const WORKERS_MAX = 4;

/**
 * Reads the files in workers, a few at once, calling `each` as each one ends (in the order they
 * end); one that fails gives its error, never stops the others.
 */
export async function readFiles(
  files: readonly File[],
  each: (index: number, result: FileRead) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      each(index, await readOne(files[index]!));
    }
  };
  const count = Math.min(WORKERS_MAX, globalThis.navigator?.hardwareConcurrency ?? 2, files.length);
  await Promise.all(Array.from({ length: Math.max(1, count) }, worker));
}

async function readOne(file: File): Promise<FileRead> {
  try {
    // As the comparison's file and the import do: the reader is one chunk however many load it.
    const { readPlanFile } = await import('../io/readPlanFile');
    return await readPlanFile(file);
  } catch {
    return { ok: false, error: { code: 'read-failed' } };
  }
}
