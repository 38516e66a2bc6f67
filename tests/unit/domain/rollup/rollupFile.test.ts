import { describe, expect, it } from 'vitest';
import type { RollupFile } from '../../../../src/domain/rollup/rollupFileSchema';
import { parseRollupFile, serializeRollupFile } from '../../../../src/io/rollupFile';

const file: RollupFile = {
  type: 'tiekartta-rollup',
  version: 1,
  title: 'Kokonaiskuva 11/2026',
  grouping: 'kind',
  plans: [{ title: 'ICT-muutos 2022', fileName: 'ks.tiekartta.json' }, { title: 'Tiekartta' }],
};

describe('the roll-up file', () => {
  it('reads back what it wrote, byte for byte', () => {
    const text = serializeRollupFile(file);
    expect(parseRollupFile(text)).toEqual({ ok: true, file });
    expect(serializeRollupFile(file)).toBe(text);
  });

  it.each([
    ['not JSON', '{', 'not-json'],
    ['a plan file', JSON.stringify({ type: 'tiekartta-plan', version: 2 }), 'wrong-type'],
    ['from a newer app', JSON.stringify({ ...file, version: 2 }), 'version-too-new'],
    [
      'a blank title of a plan',
      JSON.stringify({ ...file, plans: [{ title: ' ' }] }),
      'invalid-data',
    ],
    ['an unknown field', JSON.stringify({ ...file, extra: 1 }), 'invalid-data'],
    ['a control character', JSON.stringify({ ...file, title: 'a\u0007' }), 'invalid-data'],
  ])('refuses %s', (_, text, error) => {
    expect(parseRollupFile(text)).toEqual({ ok: false, error });
  });
});
