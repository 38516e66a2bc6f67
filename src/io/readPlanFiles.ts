import type { ImportResult } from './importResult';
import { MAX_FILE_BYTES } from './planFile';
import { readPlanFile } from './readPlanFile';
import { ReaderAnswer, type ReaderMessage } from './readerMessages';

const READ_FAILED: ImportResult = { ok: false, error: { code: 'read-failed' } };

/**
 * Reads many files (a roll-up's 22) in a few workers that each read one file after another: a
 * worker started per file would load and warm up the reader 22 times, which is most of the time.
 * `each` hears of every file as it ends; a file that kills its worker gives 'read-failed' and a
 * fresh worker takes the next. Without Worker (Node, jsdom) the files are read one by one here.
 */
export async function readPlanFiles(
  files: readonly Blob[],
  each: (index: number, result: ImportResult) => void,
  workers = 2,
): Promise<void> {
  if (typeof Worker === 'undefined') {
    for (const [index, file] of files.entries()) each(index, await readPlanFile(file));
    return;
  }
  let next = 0;
  const lane = async () => {
    let reader: PooledReader | null = null;
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      if (file.size > MAX_FILE_BYTES) {
        each(index, {
          ok: false,
          error: { code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES },
        });
        continue;
      }
      reader ??= PooledReader.start();
      let result = READ_FAILED;
      try {
        if (reader) result = await reader.read(await file.arrayBuffer());
      } catch {
        // A file that cannot be read (gone from the disk) is that file's failure only.
      }
      if (reader?.dead) reader = null;
      each(index, result);
    }
    reader?.end();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, lane));
}

/** One reader worker, kept for file after file until it fails. */
class PooledReader {
  dead = false;
  readonly #worker: Worker;

  private constructor(worker: Worker) {
    this.#worker = worker;
  }

  static start(): PooledReader | null {
    try {
      return new PooledReader(
        new Worker(new URL('./planReader.worker.ts', import.meta.url), { type: 'module' }),
      );
    } catch {
      return null;
    }
  }

  read(buffer: ArrayBuffer): Promise<ImportResult> {
    const worker = this.#worker;
    return new Promise((resolve) => {
      const answer = new ReaderAnswer();
      const fail = () => {
        this.end();
        resolve(READ_FAILED);
      };
      worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
        const result = answer.take(event.data);
        if (result) resolve(result);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fail();
      };
      worker.onmessageerror = fail;
      worker.postMessage(buffer, [buffer]);
    });
  }

  end(): void {
    this.dead = true;
    this.#worker.terminate();
  }
}
