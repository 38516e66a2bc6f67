/** Reading and writing a UTF-8 text chunk (iTXt) in a PNG, so the picture can carry the plan file. */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const PLAN_KEYWORD = 'tiekartta-plan';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const isPng = (bytes: Uint8Array): boolean => SIGNATURE.every((b, i) => bytes[i] === b);

interface Chunk {
  type: string;
  start: number;
  dataStart: number;
  length: number;
}

function* chunks(png: Uint8Array): Generator<Chunk> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = SIGNATURE.length; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    yield { type, start: at, dataStart: at + 8, length };
    at += 12 + length;
  }
}

/** A copy of the PNG with an iTXt chunk (uncompressed UTF-8 text) inserted before IEND. */
export function addTextChunk(png: Uint8Array, keyword: string, textValue: string): Uint8Array {
  const encoder = new TextEncoder();
  const data = concat([
    encoder.encode(keyword),
    new Uint8Array([0, 0, 0, 0, 0]),
    encoder.encode(textValue),
  ]);
  const typeAndData = concat([encoder.encode('iTXt'), data]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  const end = [...chunks(png)].find((c) => c.type === 'IEND');
  if (!end) throw new Error('Not a complete PNG: no IEND chunk');
  return concat([png.subarray(0, end.start), chunk, png.subarray(end.start)]);
}

/** The text of the first iTXt chunk with this keyword whose CRC checks out, or null. */
export function readTextChunk(png: Uint8Array, keyword: string): string | null {
  if (!isPng(png)) return null;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (const chunk of chunks(png)) {
    if (chunk.type !== 'iTXt' || chunk.dataStart + chunk.length + 4 > png.length) continue;
    const data = png.subarray(chunk.dataStart, chunk.dataStart + chunk.length);
    const stored = new DataView(png.buffer, png.byteOffset).getUint32(
      chunk.dataStart + chunk.length,
    );
    if (stored !== crc32(png.subarray(chunk.start + 4, chunk.dataStart + chunk.length))) continue;
    const nul = data.indexOf(0);
    if (decoder.decode(data.subarray(0, nul)) !== keyword || data[nul + 1] !== 0) continue;
    const langEnd = data.indexOf(0, nul + 3);
    const translatedEnd = data.indexOf(0, langEnd + 1);
    return decoder.decode(data.subarray(translatedEnd + 1));
  }
  return null;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
