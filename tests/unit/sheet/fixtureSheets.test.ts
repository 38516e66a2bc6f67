import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../src/domain/planSchema';
import { execute } from '../../../src/domain/execute';
import { fi } from '../../../src/i18n/fi';
import { sheetIssueText } from '../../../src/i18n/sheetIssueText';
import { translate } from '../../../src/i18n/translate';
import { cellText } from '../../../src/sheet/grid';
import { importSheets } from '../../../src/sheet/importSheets';
import { guessSheets, readSheetBytes } from '../../../src/sheet/sheetSource';
import { counterIds, importedPlan } from '../../factories/sheets';

const DIR = 'fixtures/sheets';
const FILES = ['seuranta.xlsx', 'seuranta.csv'] as const;
const SAMPLE = planSchema.parse(
  JSON.parse(readFileSync('fixtures/sample-plan.tiekartta.json', 'utf8')).plan,
);
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(fi, key, params);

function gridsOf(name: string) {
  const read = readSheetBytes(new Uint8Array(readFileSync(join(DIR, name))), name);
  if (!read.ok) throw new Error(read.error);
  return read;
}

describe('the Finnish tracking-sheet fixtures', () => {
  it('are what make-sheets.mjs makes, byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'sheets-'));
    execFileSync(process.execPath, [join(DIR, 'make-sheets.mjs'), out]);
    for (const name of FILES)
      expect(readFileSync(join(out, name)).equals(readFileSync(join(DIR, name)))).toBe(true);
  });

  it('reads the CSV as Windows-1252 and finds the header row under the merged title and groups', () => {
    const read = gridsOf('seuranta.csv');
    expect(read.ok && read.encoding).toBe('windows-1252');
    const [sheet] = guessSheets(read.ok ? read.sheets : []);
    expect(sheet?.headerRow).toBe(2);
    expect(sheet?.mapping).toEqual({
      lane: 0,
      row: 1,
      label: 2,
      type: 3,
      start: 4,
      end: 5,
      status: 6,
      owner: 7,
      notes: 8,
    });
    expect(cellText(sheet?.grid.rows[0]?.[0] ?? null)).toBe(
      'ICT-siirtymän seuranta – Keski-Suomen hyvinvointialue (tilanne 15.6.2022)',
    );
  });

  it.each(FILES)(
    '%s into the sample plan: 26 rows imported, the bad date and the unknown lane skipped',
    async (name) => {
      const read = gridsOf(name);
      const result = await importSheets(SAMPLE, guessSheets(read.ok ? read.sheets : []), {
        createLanes: false,
        defaultLane: 'Taulukosta',
        reference: SAMPLE.asOf,
        newId: counterIds(),
      });
      const header = (c: number) =>
        [
          'Kaista',
          'Järjestelmä',
          'Toimenpide',
          'Tyyppi',
          'Alku',
          'Loppu',
          'Tila',
          'Vastuuhenkilö',
          'Huomiot',
        ][c] ?? '';
      expect(result.skipped.map((issue) => sheetIssueText(issue, t, 'fi', header))).toEqual([
        'Rivi 16, sarake F (Loppu): ”31.2.2022” ei ole päivämäärä (esim. 1.4.2022, 2022-04-01 tai vk 23/2022)',
        'Rivi 26, sarake A (Kaista): ”Sote-keskukset” tiekartassa ei ole tämän nimistä kaistaa',
      ]);
      expect(result.importedRows).toBe(26);
      expect(result.blankRows).toBe(3);
      expect(execute(SAMPLE, result.command).ok).toBe(true);
      // The sample has most of these already: matched by label in their lane and row.
      expect(result.added.length + result.updated.length + result.unchanged.length).toBe(26);
      expect(result.unchanged.map((thing) => thing.label)).toEqual([
        'HyvaKS-tilit koko henkilöstöllä',
      ]);
      expect(result.updated.map((thing) => thing.label)).toContain('Sopimusten kartoitus');
    },
  );

  it.each(FILES)(
    '%s as a new plan: its lanes made, one row skipped, the dates and weeks read',
    async (name) => {
      const read = gridsOf(name);
      const { plan, imported } = await importedPlan(read.ok ? read.sheets : []);
      expect(imported.skipped).toHaveLength(1);
      expect(plan.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
        ['Hallinnolliset tehtävät', 'hallinto'],
        ['TORI', 'tori'],
        ['TOSI', 'tosi'],
        ['Sote-keskukset', 'custom'],
        ['ICT-infra', 'infra'],
        ['ICT-infran järjestelmät', 'infra'],
      ]);
      const item = (label: string) => plan.items.find((i) => i.label === label);
      expect(item('Testaus')).toMatchObject({
        type: 'phase',
        start: '2022-10-03',
        end: '2022-11-27',
        status: 'atRisk',
      });
      expect(item('Vähimmäistietosisältö pilottiin')).toMatchObject({
        type: 'milestone',
        // "vk 45/2022" in the Loppu column: the week's Sunday, as an end date is read.
        date: '2022-11-13',
        status: 'tentative',
        notes: 'Viikko tarkentuu',
      });
      expect(item('Alueverkon suunnittelu valmis')).toMatchObject({ date: '2022-09-01' });
      expect(item('Sopimusten hännät')).toMatchObject({
        notes: 'Pienet sopimukset; loput 2023',
        status: 'planned',
      });
      expect(plan.window).toEqual({ start: '2022-02-01', end: '2022-12-31' });
      expect(planSchema.safeParse(plan).success).toBe(true);
    },
  );
});
