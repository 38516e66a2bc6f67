import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportError } from '../../../src/io/importResult';
import type { Problem } from '../../../src/io/planIssues';
import { readPlanBytes } from '../../../src/io/readPlanBytes';

/**
 * One row per file in fixtures/hostile/: the file, the error code it must be refused with, and for
 * invalid data the problem and field of the first issue. A file added there needs a row here.
 */
const CASES: {
  file: string;
  code: ImportError['code'];
  problem?: Problem;
  field?: string;
  params?: Record<string, string | number>;
}[] = [
  {
    file: 'label-uffff.tiekartta.json',
    code: 'invalid-data',
    problem: 'badCharacter',
    field: 'label',
    params: { char: 'U+FFFF' },
  },
  {
    file: 'window-9999.tiekartta.json',
    code: 'invalid-data',
    problem: 'dateOutOfRange',
    field: 'end',
    params: { value: '9999-12-31', min: '1900-01-01', max: '2200-12-31' },
  },
  /** `<tiekartta:plan>` 131,072 times, never closed: froze the tab for 34 s with a regex (issue 11). */
  { file: 'svg-unclosed-plan.svg', code: 'picture-unreadable' },
];

describe('fixtures/hostile', () => {
  it('has a row for every file in the folder', () => {
    const files = readdirSync(resolve(process.cwd(), 'fixtures/hostile'), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'README.md')
      .map((entry) => entry.name)
      .sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
  });

  it.each(CASES)(
    '$file is refused with $code $problem',
    ({ file, code, problem, field, params }) => {
      const bytes = readFileSync(resolve(process.cwd(), 'fixtures/hostile', file));
      const result = readPlanBytes(new Uint8Array(bytes));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      if (!problem || result.error.code !== 'invalid-data') return;
      const [issue] = result.error.issues;
      expect(issue?.problem).toBe(problem);
      const last = issue?.location.parts.at(-1);
      if (field) expect(last).toEqual({ kind: 'field', name: field });
      if (params) expect(issue?.params).toMatchObject(params);
    },
  );
});
