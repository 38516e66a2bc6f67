import { describe, expect, it } from 'vitest';
import { addTextChunk, crc32, isPng, PLAN_KEYWORD, readTextChunk } from '../../../src/io/pngText';

/** A valid 1×1 transparent PNG. */
const TINY = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('PNG text chunk', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('carries UTF-8 text before IEND and reads it back', () => {
    const text = '{"title": "Keski-Suomen ICT-tiekartta – kesätauko ✓"}';
    const png = addTextChunk(TINY, PLAN_KEYWORD, text);
    expect(isPng(png)).toBe(true);
    expect(readTextChunk(png, PLAN_KEYWORD)).toBe(text);
    expect(
      Array.from(png.subarray(-12, -4), (b) => String.fromCharCode(b))
        .join('')
        .slice(4),
    ).toBe('IEND');
    expect(png.length).toBe(
      TINY.length + 12 + PLAN_KEYWORD.length + 5 + new TextEncoder().encode(text).length,
    );
  });

  it('finds nothing in a PNG without the chunk, under another keyword, or in other bytes', () => {
    expect(readTextChunk(TINY, PLAN_KEYWORD)).toBeNull();
    expect(readTextChunk(addTextChunk(TINY, 'Comment', 'x'), PLAN_KEYWORD)).toBeNull();
    expect(
      readTextChunk(new TextEncoder().encode('{"type": "tiekartta-plan"}'), PLAN_KEYWORD),
    ).toBeNull();
  });

  it('ignores a chunk whose CRC does not match (a damaged picture)', () => {
    const png = addTextChunk(TINY, PLAN_KEYWORD, 'plan');
    png[png.length - 16] = (png[png.length - 16] ?? 0) ^ 0xff;
    expect(readTextChunk(png, PLAN_KEYWORD)).toBeNull();
  });
});
