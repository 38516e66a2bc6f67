/**
 * The reader worker: runs `readPlanBytes` off the page's thread, so that no file up to the size
 * limit, however hostile, blocks the page while it is read. One message in (the file's bytes,
 * transferred), one out (the ImportResult, structured-cloned); `readPlanFile` then ends it.
 */
import type { ImportResult } from './importResult';
import { readPlanBytes } from './readPlanBytes';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(result: ImportResult): void;
};

scope.onmessage = (event) => {
  scope.postMessage(readPlanBytes(new Uint8Array(event.data)));
};
