import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { envelopeSchema } from '../../../src/io/planFile';

const SCHEMA_URL = new URL('../../../docs/plan.schema.json', import.meta.url);

function generate(): string {
  const schema = z.toJSONSchema(envelopeSchema, { io: 'input', unrepresentable: 'any' });
  const titled = {
    ...schema,
    title: 'Tiekartta plan file',
    $id: 'https://tiekartta.invalid/plan.schema.json',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}

describe('docs/plan.schema.json', () => {
  // `npm run schema` rewrites the committed file from the zod schema.
  if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_URL, generate());

  it('is the JSON Schema generated from the zod schema (run `npm run schema` after a change)', () => {
    expect(readFileSync(SCHEMA_URL, 'utf8')).toBe(generate());
  });
});
