import { MAX_SHEET_BYTES, readSheetBytes, type SheetSource } from './sheetSource';

const UNREADABLE: SheetSource = { ok: false, error: 'unreadable' };

/**
 * Reads a user's .xlsx or .csv file into grids in a worker started for it and ended with it;
 * without Worker (Node, jsdom) the same reader runs here. The size is checked before reading.
 */
export async function readSheetFile(file: Blob & { name?: string }): Promise<SheetSource> {
  if (file.size > MAX_SHEET_BYTES) return { ok: false, error: 'too-large' };
  const bytes = await file.arrayBuffer();
  const name = file.name ?? '';
  const worker = startWorker();
  if (!worker) return readSheetBytes(new Uint8Array(bytes), name);
  return new Promise((resolve) => {
    const finish = (result: SheetSource) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<SheetSource>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(UNREADABLE);
    };
    worker.onmessageerror = () => finish(UNREADABLE);
    worker.postMessage({ bytes, name }, [bytes]);
  });
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./sheetReader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
