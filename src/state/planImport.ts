import { readPlanFile } from '../io/readPlanFile';
import type { FilesHost } from './planFiles';

/**
 * Reads a plan file and adds it to the library as a new plan, opened; a file that cannot be read
 * or is refused is told, and nothing changes. Resolves to the new plan's id, if any.
 */
export async function importPlanFile(app: FilesHost, file: File): Promise<string | undefined> {
  let result;
  try {
    result = await readPlanFile(file);
  } catch {
    app.notify({ kind: 'readFailed', fileName: file.name });
    return undefined;
  }
  if (!result.ok) {
    app.notify({ kind: 'importRejected', fileName: file.name, error: result.error });
    return undefined;
  }
  const id = await app.addAndOpen(result.plan);
  app.notify({ kind: 'imported', fileName: file.name });
  return id;
}
