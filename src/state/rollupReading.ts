import type { Plan } from '../domain/planSchema';
import type { ImportError } from '../io/importResult';

export type FileRead = { ok: true; plan: Plan } | { ok: false; error: ImportError };

/** A worker a core, at most four: the page needs a core too, but the reading is most of the wait. */
const WORKERS_MAX = 4;

/**
 * Reads the files off the page's thread, calling `each` as each one ends (in the order they
 * end); one that fails gives its error, never stops the others.
 */
export async function readFiles(
  files: readonly File[],
  each: (index: number, result: FileRead) => void,
): Promise<void> {
  // Loaded when files are first read, as the import and the comparison load the reader.
  const { readPlanFiles } = await import('../io/readPlanFiles');
  const workers = Math.min(WORKERS_MAX, globalThis.navigator?.hardwareConcurrency ?? 2);
  await readPlanFiles(files, each, workers);
}
