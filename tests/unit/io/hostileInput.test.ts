import { describe, expect, it } from 'vitest';
import { checkJsonShape, MAX_JSON_DEPTH } from '../../../src/io/jsonShape';
import { parsePlanText } from '../../../src/io/parsePlanFile';

describe('files that are hostile by shape', () => {
  it.each([
    ['a million nested arrays', '['.repeat(1_000_000) + ']'.repeat(1_000_000)],
    [
      'deep objects inside a plan envelope',
      `{"type":"tiekartta-plan","version":1,"plan":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
    ],
  ])('refuse %s with an error, not a stack overflow', (_name, text) => {
    const result = parsePlanText(text);
    expect(result.ok ? null : result.error.code).toBe('too-complex');
  });

  it('does not count brackets inside strings', () => {
    expect(checkJsonShape(JSON.stringify({ label: '['.repeat(MAX_JSON_DEPTH * 4) }))).toEqual({
      ok: true,
    });
    expect(checkJsonShape(JSON.stringify({ label: 'a\\"[[[[' }))).toEqual({ ok: true });
  });
});

// Property tests of parsing (with real oracles) are in planProperties.test.ts.
