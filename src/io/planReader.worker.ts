/**
 * The reader worker: runs `readPlanBytes` off the page's thread, so that no file up to the size
 * limit, however hostile, blocks the page while it is read. One message in (the file's bytes,
 * transferred); out, a large plan's items in parts and then the ImportResult (`toMessages`), so
 * that taking the answer in is never one long task on the page; `readPlanFile` then ends it.
 */
import { readPlanBytes } from './readPlanBytes';
import { toMessages, type ReaderMessage } from './readerMessages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: ReaderMessage): void;
};

scope.onmessage = (event) => {
  for (const message of toMessages(readPlanBytes(new Uint8Array(event.data))))
    scope.postMessage(message);
};
