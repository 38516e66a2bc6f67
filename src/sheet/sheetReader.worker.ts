/**
 * The sheet reader worker: unzips and parses a workbook (or decodes a CSV) off the page's thread,
 * so a 5,000-row sheet never holds the page. One message in (the bytes and the file's name), one
 * out (the grids, structured-cloned); `readSheetFile` then ends it.
 */
import { readSheetBytes, type SheetSource } from './sheetSource';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ bytes: ArrayBuffer; name: string }>) => void) | null;
  postMessage(result: SheetSource): void;
};

scope.onmessage = (event) => {
  scope.postMessage(readSheetBytes(new Uint8Array(event.data.bytes), event.data.name));
};
