import { describe, expect, it } from 'vitest';
import { execute } from '../../../src/domain/execute';
import { en } from '../../../src/i18n/en';
import { fi } from '../../../src/i18n/fi';
import { sheetIssueText } from '../../../src/i18n/sheetIssueText';
import { translate } from '../../../src/i18n/translate';
import type { Cell } from '../../../src/sheet/grid';
import { guessMapping } from '../../../src/sheet/guessMapping';
import { importSheets } from '../../../src/sheet/importSheets';
import { makePlan } from '../../factories/plans';
import { counterIds } from '../../factories/sheets';

const HEADER = ['Kaista', 'Järjestelmä', 'Nimi', 'Alku', 'Loppu', 'Tila', 'Vastuuhenkilö'];

/** One sheet with the header above and these rows, imported into `plan`. */
async function importRows(
  rows: Cell[][],
  plan = makePlan(),
  createLanes = false,
  header: Cell[] = HEADER,
) {
  const grid = { name: 'Seuranta', rows: [header, ...rows] };
  const sheet = { grid, ...guessMapping(grid.rows) };
  return importSheets(plan, [sheet], {
    createLanes,
    defaultLane: 'Taulukosta',
    reference: '2022-06-15',
    newId: counterIds(),
  });
}

const tFi = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(fi, key, params);
const tEn = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(en, key, params);

describe('importing rows into the open plan', () => {
  it('adds new rows, updates the item of the same label in the same row, and leaves an equal one alone', async () => {
    const result = await importRows([
      ['TOSI', 'Kliiniset järjestelmät', 'Testaus', '1.10.2022', '31.10.2022', 'myöhässä', 'Maija'],
      [
        'TOSI',
        'Asiakas- ja potilastietojärjestelmät',
        'Suunnittelu valmis',
        '',
        '1.4.2022',
        'valmis',
        '',
      ],
      ['TOSI', 'Kliiniset järjestelmät', 'Koulutus', 'vk 45/2022', 'vk 46/2022', '', ''],
      ['TOSI', 'Uusi järjestelmä', 'Käyttöönotto', '', '1.1.2023', 'alustava', ''],
    ]);
    expect(result.updated.map((t) => t.label)).toEqual(['Testaus']);
    expect(result.unchanged.map((t) => t.label)).toEqual(['Suunnittelu valmis']);
    expect(result.added.map((t) => t.label)).toEqual(['Koulutus', 'Käyttöönotto']);
    expect(result.skipped).toEqual([]);
    expect(result.importedRows).toBe(4);
    expect(result.command.rows).toEqual([
      { laneId: 'lane-1', row: { id: 'row-4', name: 'Uusi järjestelmä' } },
    ]);
    const done = execute(makePlan(), result.command);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.plan.items.find((i) => i.id === 'item-1')).toEqual({
      id: 'item-1',
      type: 'phase',
      rowId: 'row-2',
      label: 'Testaus',
      start: '2022-10-01',
      end: '2022-10-31',
      status: 'late',
      owner: 'Maija',
    });
    expect(done.plan.items.find((i) => i.label === 'Koulutus')).toMatchObject({
      type: 'phase',
      start: '2022-11-07',
      end: '2022-11-20',
      status: 'planned',
    });
    expect(done.plan.items.find((i) => i.label === 'Käyttöönotto')).toMatchObject({
      type: 'milestone',
      date: '2023-01-01',
      status: 'tentative',
    });
    expect(done.plan.lanes[0]?.rows.map((r) => r.name)).toEqual([
      'Asiakas- ja potilastietojärjestelmät',
      'Kliiniset järjestelmät',
      'Uusi järjestelmä',
    ]);
  });

  it('updates by id when the sheet has one, whatever the label', async () => {
    const result = await importRows(
      [['item-2', 'TOSI', '', 'Suunnittelu hyväksytty', '', '2.4.2022']],
      makePlan(),
      false,
      ['Tunnus', 'Kaista', 'Rivi', 'Nimi', 'Alku', 'Päivä'],
    );
    expect(result.updated).toEqual([
      { kind: 'item', id: 'item-2', label: 'Suunnittelu hyväksytty', line: 2 },
    ]);
  });

  it('keeps a field the sheet has no column for as it was', async () => {
    const plan = makePlan({
      items: [
        {
          id: 'item-1',
          type: 'phase',
          rowId: 'row-2',
          label: 'Testaus',
          start: '2022-09-01',
          end: '2022-09-30',
          status: 'done',
          notes: 'muistiinpano',
          link: 'https://x.fi',
        },
      ],
    });
    const result = await importRows(
      [['TOSI', 'Kliiniset järjestelmät', 'Testaus', '1.9.2022', '30.9.2022']],
      plan,
      false,
      ['Kaista', 'Rivi', 'Nimi', 'Alku', 'Loppu'],
    );
    expect(result.unchanged.map((t) => t.id)).toEqual(['item-1']);
  });

  it('keeps fields of an updated item that the sheet knows nothing of', async () => {
    const extra = { ...makePlan().items[0], notes: 'n' } as never;
    const plan = { ...makePlan(), items: [extra] };
    const result = await importRows(
      [['TOSI', 'Kliiniset järjestelmät', 'Testaus', '2.9.2022', '30.9.2022']],
      plan,
      false,
      ['Kaista', 'Rivi', 'Nimi', 'Alku', 'Loppu'],
    );
    expect(result.command.items).toEqual([
      {
        id: 'item-1',
        type: 'phase',
        rowId: 'row-2',
        label: 'Testaus',
        start: '2022-09-02',
        end: '2022-09-30',
        status: 'inProgress',
        notes: 'n',
      },
    ]);
  });

  it('carries a lane and a row down to the rows under them that leave them empty', async () => {
    const result = await importRows([
      ['TOSI', 'Kliiniset järjestelmät', 'Toteutus', '1.3.2022', '1.6.2022'],
      ['', '', 'Datamigraatiot', '1.6.2022', '1.8.2022'],
      [],
      ['', 'Asiakas- ja potilastietojärjestelmät', 'Koulutus', '1.9.2022', '1.10.2022'],
    ]);
    const done = execute(makePlan(), result.command);
    if (!done.ok) throw new Error('refused');
    const rowOf = (label: string) => done.plan.items.find((i) => i.label === label)?.rowId;
    expect([rowOf('Toteutus'), rowOf('Datamigraatiot'), rowOf('Koulutus')]).toEqual([
      'row-2',
      'row-2',
      'row-1',
    ]);
    expect(result.blankRows).toBe(1);
  });

  it('skips each bad row with its row number, column, value and reason, and imports the rest', async () => {
    const result = await importRows([
      ['TOSI', 'Kliiniset järjestelmät', 'Toteutus', '31.2.2022', '1.6.2022', '', ''],
      ['PELA', 'Ensihoito', 'Kenttäjohto', '1.3.2022', '1.6.2022', '', ''],
      ['TOSI', 'Kliiniset järjestelmät', 'Testaus 2', '1.3.2022', '1.6.2022', 'ehkä', ''],
      ['TOSI', 'Kliiniset järjestelmät', '', '1.3.2022', '1.6.2022', '', ''],
      ['TOSI', 'Kliiniset järjestelmät', 'Validointi', '1.6.2022', '1.3.2022', '', ''],
      ['TOSI', 'Kliiniset järjestelmät', 'Koulutus', '1.6.2022', '1.7.2022', '', ''],
    ]);
    expect(result.importedRows).toBe(1);
    const texts = result.skipped.map((issue) =>
      sheetIssueText(issue, tFi, 'fi', (c) => HEADER[c] ?? ''),
    );
    expect(texts).toEqual([
      'Rivi 2, sarake D (Alku): ”31.2.2022” ei ole päivämäärä (esim. 1.4.2022, 2022-04-01 tai vk 23/2022)',
      'Rivi 3, sarake A (Kaista): ”PELA” tiekartassa ei ole tämän nimistä kaistaa',
      'Rivi 4, sarake F (Tila): ”ehkä” tuntematon tila (suunniteltu, käynnissä, valmis, riskissä, myöhässä tai alustava)',
      'Rivi 5, sarake C (Nimi): nimi puuttuu',
      'Rivi 6, sarake E (Loppu): ”1.3.2022” loppupäivä 1.3.2022 on ennen alkupäivää 1.6.2022',
    ]);
    expect(sheetIssueText(result.skipped[1]!, tEn, 'en', (c) => HEADER[c] ?? '')).toBe(
      'Row 3, column A (Kaista): “PELA” the roadmap has no lane of this name',
    );
  });

  it('makes the lanes a new plan needs, with a kind read from the name', async () => {
    const result = await importRows(
      [['B. TORI', 'Sähköposti', 'Toteutus', '1.3.2022', '1.6.2022']],
      makePlan({ lanes: [], items: [], tracks: [] }),
      true,
    );
    expect(result.command.lanes).toEqual([
      {
        id: 'lane-1',
        name: 'B. TORI',
        kind: 'tori',
        color: '#e69f00',
        collapsed: false,
        rows: [{ id: 'row-2', name: 'Sähköposti' }],
      },
    ]);
    expect(result.newLanes).toEqual(['B. TORI']);
  });

  it('checks new lanes and rows with the schema too: a name past 200 characters skips its row', async () => {
    const long = 'K'.repeat(201);
    const result = await importRows(
      [
        [long, 'Rivi', 'A', '1.4.2022', '2.4.2022'],
        ['TOSI', long, 'B', '1.4.2022', '2.4.2022'],
      ],
      makePlan(),
      true,
      ['Kaista', 'Rivi', 'Nimi', 'Alku', 'Loppu'],
    );
    expect(result.skipped).toMatchObject([
      { line: 2, field: 'lane', column: 0, problem: 'tooLong', params: { max: 200 } },
      { line: 3, field: 'row', column: 1, problem: 'tooLong', params: { max: 200 } },
    ]);
    expect(result.command.lanes).toEqual([]);
    expect(result.command.rows).toEqual([]);
  });

  it.each([
    [
      [
        ['x1', 'TOSI', 'A', '1.4.2022'],
        ['x1', 'TOSI', 'B', '2.4.2022'],
      ],
      'idRepeated',
      { line: 2 },
    ],
    [[['row-1', 'TOSI', 'A', '1.4.2022']], 'idTaken', undefined],
    [[['marker-1', 'TOSI', 'A', '1.4.2022']], 'idTaken', undefined],
    [[['ei kelpaa!', 'TOSI', 'A', '1.4.2022']], 'badId', { value: 'ei kelpaa!' }],
  ])('refuses an id that cannot be the item’s: %j → %s', async (rows, problem, params) => {
    const result = await importRows(rows, makePlan(), false, ['Tunnus', 'Kaista', 'Nimi', 'Päivä']);
    expect(result.skipped.at(-1)).toMatchObject({
      problem,
      field: 'id',
      column: 0,
      ...(params ? { params } : {}),
    });
  });

  it('checks every item with the plan schema: a link that is not http, https or mailto is refused', async () => {
    const result = await importRows(
      [['TOSI', 'A', '1.4.2022', 'javascript:alert(1)']],
      makePlan(),
      false,
      ['Kaista', 'Nimi', 'Päivä', 'Linkki'],
    );
    expect(result.skipped).toMatchObject([
      { line: 2, field: 'link', column: 3, problem: 'badLink' },
    ]);
  });

  it('gathers rows with a percent into one track per label and row, checkpoints in date order', async () => {
    const result = await importRows(
      [
        ['ICT-infra', 'Päätelaitteet', 'Siirretty', '1.9.2022', '35 %'],
        ['ICT-infra', 'Päätelaitteet', 'Siirretty', '1.6.2022', '5'],
        ['ICT-infra', 'Päätelaitteet', 'Siirretty', '1.6.2022', '6'],
      ],
      makePlan({ lanes: [], items: [], tracks: [], markers: [] }),
      true,
      ['Kaista', 'Rivi', 'Nimi', 'Päivä', 'Eteneminen %'],
    );
    expect(result.command.tracks).toEqual([
      {
        id: 'track-3',
        rowId: 'row-2',
        label: 'Siirretty',
        checkpoints: [
          { date: '2022-06-01', percent: 5 },
          { date: '2022-09-01', percent: 35 },
        ],
      },
    ]);
    expect(result.skipped).toMatchObject([
      { line: 4, problem: 'checkpointRepeated', params: { line: 3 } },
    ]);
  });

  it('keeps a row with two dates a phase when the sheet also has a percent column', async () => {
    const result = await importRows(
      [['TOSI', 'Kliiniset järjestelmät', 'Toteutus', '1.3.2022', '1.6.2022', '40 %']],
      makePlan(),
      false,
      ['Kaista', 'Rivi', 'Nimi', 'Alku', 'Loppu', 'Valmiusaste'],
    );
    expect(result.command.tracks).toEqual([]);
    expect(result.command.items).toMatchObject([{ type: 'phase', label: 'Toteutus' }]);
  });

  it('reports progress from 0 to 1 and pauses between slices', async () => {
    const rows = Array.from({ length: 2600 }, (_, i) => [
      'TOSI',
      'Kliiniset järjestelmät',
      `Kohde ${i}`,
      '1.3.2022',
      '1.6.2022',
    ]);
    const grid = { name: 'Seuranta', rows: [HEADER, ...rows] };
    const progress: number[] = [];
    let pauses = 0;
    const result = await importSheets(
      makePlan(),
      [{ grid, ...guessMapping(grid.rows) }],
      { createLanes: false, defaultLane: 'x', reference: '2022-06-15' },
      async () => void pauses++,
      (p) => progress.push(p),
    );
    expect(result.added).toHaveLength(2600);
    expect(pauses).toBeGreaterThanOrEqual(10);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => p >= (progress[i - 1] ?? 0) && p <= 1)).toBe(true);
  });
});
