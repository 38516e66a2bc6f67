import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { FORMAT_VERSION, serializePlanFile } from '../../../src/io/planFile';
import { readFixture } from '../../factories/fixtures';

const FOLDER = resolve(process.cwd(), 'fixtures/formats');
const versions = readdirSync(FOLDER).filter((name) => /^v\d+$/.test(name));
const filesOf = (version: string, damaged: boolean) =>
  readdirSync(resolve(FOLDER, version)).filter(
    (name) => name.endsWith('.tiekartta.json') && name.startsWith('damaged-') === damaged,
  );
const SAMPLES = versions.flatMap((v) => filesOf(v, false).map((name) => [v, name] as const));

describe('files of every earlier format version', () => {
  it('are kept for every version before the current one', () => {
    for (let v = 1; v < FORMAT_VERSION; v++)
      expect(filesOf(`v${v}`, false).length).toBeGreaterThan(0);
  });

  it.each(SAMPLES)(
    '%s/%s opens and is written back as the current version, byte-stably',
    (version, name) => {
      const text = readFixture(`formats/${version}/${name}`);
      const opened = parsePlanText(text);
      if (!opened.ok) throw new Error(JSON.stringify(opened.error));
      expect(opened.fromVersion).toBe(Number(version.slice(1)));
      const meta = {
        exportedAt: new Date(JSON.parse(text).exportedAt as string),
        appVersion: '0.1.0',
      };
      const written = serializePlanFile(opened.plan, meta);
      expect(JSON.parse(written).version).toBe(FORMAT_VERSION);
      const again = parsePlanText(written);
      expect(again.ok && serializePlanFile(again.plan, meta)).toBe(written);
    },
  );

  it.each(SAMPLES)('%s/%s opens as the same plan the current sample holds', (_, name) => {
    const old = parsePlanText(readFixture(`formats/v1/${name}`));
    const now = parsePlanText(readFixture(name));
    expect(old.ok && old.plan).toEqual(now.ok && now.plan);
  });
});

describe('damaged files of version 1', () => {
  it.each([
    [
      'damaged-has-baselines.tiekartta.json',
      { code: 'migration-failed', version: 1, reason: 'fieldFromLaterVersion' },
    ],
    ['damaged-no-plan.tiekartta.json', { code: 'migration-failed', version: 1, reason: 'noPlan' }],
  ])('%s is refused with the reason', (name, error) => {
    const result = parsePlanText(readFixture(`formats/v1/${name}`));
    expect(result.ok ? 'opened' : result.error).toEqual(error);
  });

  it('a version 1 file with a date that does not exist is refused, naming the date', () => {
    const result = parsePlanText(readFixture('formats/v1/damaged-bad-date.tiekartta.json'));
    expect(result.ok ? 'opened' : result.error.code).toBe('invalid-data');
    const issues = !result.ok && result.error.code === 'invalid-data' ? result.error.issues : [];
    expect(issues.map((issue) => [issue.problem, issue.params.value])).toEqual([
      ['notARealDate', '2018-02-30'],
    ]);
  });

  it('every damaged file here is covered by a test above', () => {
    expect(filesOf('v1', true).sort()).toEqual([
      'damaged-bad-date.tiekartta.json',
      'damaged-has-baselines.tiekartta.json',
      'damaged-no-plan.tiekartta.json',
    ]);
  });
});
