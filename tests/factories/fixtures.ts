import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SampleName } from '../../src/state/samples';

/** A file of the top-level fixtures/ folder, as text. Tests run from the project root. */
export function readFixture(name: string): string {
  return readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');
}

export const SAMPLE_TEXT = readFixture('sample-plan.tiekartta.json');

/** Every sample plan the app ships, by the name it offers it under. */
export const SAMPLE_TEXTS: Record<SampleName, string> = {
  county2022: SAMPLE_TEXT,
  multiYear: readFixture('sample-multiyear-2022-2026.tiekartta.json'),
  workingGroup: readFixture('sample-working-group-2017-2018.tiekartta.json'),
};
