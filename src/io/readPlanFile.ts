import type { ImportResult } from './importResult';
import { MAX_FILE_BYTES } from './planFile';
import { ReaderAnswer, type ReaderMessage } from './readerMessages';

const READ_FAILED: ImportResult = { ok: false, error: { code: 'read-failed' } };

/**
 * Reads a user's file (a plan file, or a PNG or SVG that carries one); the size is checked first.
 * The read itself runs in a worker that is started for this file and ended with it, so the page
 * stays responsive; without Worker (tests in Node or jsdom) the same `readPlanBytes` runs here.
 */
export async function readPlanFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES } };
  }
  const buffer = await file.arrayBuffer();
  const worker = startWorker();
  if (worker) return readInWorker(worker, buffer);
  // Loaded only here, so the XML parser is not in the page's first download.
  const { readPlanBytes } = await import('./readPlanBytes');
  return readPlanBytes(new Uint8Array(buffer));
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./planReader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The worker's answer; a worker that fails to load or dies gives 'read-failed', never a hang. */
function readInWorker(worker: Worker, buffer: ArrayBuffer): Promise<ImportResult> {
  return new Promise((resolve) => {
    const finish = (result: ImportResult) => {
      worker.terminate();
      resolve(result);
    };
    const answer = new ReaderAnswer();
    worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
      const result = answer.take(event.data);
      if (result) finish(result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(READ_FAILED);
    };
    worker.onmessageerror = () => finish(READ_FAILED);
    worker.postMessage(buffer, [buffer]);
  });
}
