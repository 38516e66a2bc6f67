import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file of the top-level fixtures/ folder, as text. Tests run from the project root. */
export function readFixture(name: string): string {
  return readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');
}

export const SAMPLE_TEXT = readFixture('sample-plan.tiekartta.json');
