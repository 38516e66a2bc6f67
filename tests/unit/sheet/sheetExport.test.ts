import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../src/domain/planSchema';
import { sheetFiles } from '../../../src/export/sheetExport';
import { fi } from '../../../src/i18n/fi';
import { translate } from '../../../src/i18n/translate';

const SAMPLE = planSchema.parse(
  JSON.parse(readFileSync('fixtures/sample-plan.tiekartta.json', 'utf8')).plan,
);
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(fi, key, params);
const name = (ending: string) => `Tiekartta 2022-06-15${ending}`;

describe('sheetFiles', () => {
  it('makes one workbook for .xlsx', async () => {
    const files = sheetFiles(SAMPLE, t, 'xlsx', name);
    expect(files.map((f) => [f.fileName, f.blob.type])).toEqual([
      [
        'Tiekartta 2022-06-15.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    ]);
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('makes one Finnish CSV per sheet: semicolons, d.M.yyyy, a BOM and the words of the language', async () => {
    const files = sheetFiles(SAMPLE, t, 'csvFi', name);
    expect(files.map((f) => f.fileName)).toEqual([
      'Tiekartta 2022-06-15-kohteet.csv',
      'Tiekartta 2022-06-15-eteneminen.csv',
      'Tiekartta 2022-06-15-merkinnät.csv',
      'Tiekartta 2022-06-15-kaistat.csv',
    ]);
    const lanes = (await files[3]!.blob.text()).split('\r\n');
    expect(lanes.slice(0, 2)).toEqual([
      'Kaistan tunnus;Kaista;Rivin tunnus;Rivi;Laji;Väri',
      'lane-hallinto;Hallinnolliset tehtävät;row-sopimukset;Sopimukset;Hallinto;#0072b2',
    ]);
    const items = await files[0]!.blob.text();
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = items.split('\r\n');
    expect(header).toBe(
      'Tunnus;Kaista;Rivi;Rivin tunnus;Nimi;Tyyppi;Alku;Loppu;Päivä;Tila;Vastuuhenkilö;Lisätiedot;Linkki',
    );
    expect(first).toBe(
      'm-001;Hallinnolliset tehtävät;Sopimukset;row-sopimukset;Sopimusten kartoitus;virstanpylväs;;;1.4.2022;valmis;;;',
    );
  });

  it('writes the international CSV with commas and ISO dates', async () => {
    const [items] = sheetFiles(SAMPLE, t, 'csvIntl', name);
    const [, first] = (await items!.blob.text()).split('\r\n');
    expect(first).toBe(
      'm-001,Hallinnolliset tehtävät,Sopimukset,row-sopimukset,Sopimusten kartoitus,virstanpylväs,,,2022-04-01,valmis,,,',
    );
  });

  it('leaves out the CSV of a sheet without rows, but always writes the items', () => {
    const empty = { ...SAMPLE, lanes: [], items: [], tracks: [], markers: [] };
    expect(sheetFiles(empty, t, 'csvFi', name).map((f) => f.fileName)).toEqual([
      'Tiekartta 2022-06-15-kohteet.csv',
    ]);
  });
});
