import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planSchema } from '../../../src/domain/planSchema';
import type { MessageKey } from '../../../src/i18n/fi';
import { LANGUAGES } from '../../../src/i18n/languages';
import { PART_COLUMNS, PART_KINDS, partOfHeaders } from '../../../src/sheet/partSheets';
import { tOf } from '../../factories/messages';
import { csvsOf, gridsOf, importedPlan, planView, withParts, xlsxOf } from '../../factories/sheets';

const SAMPLE = planSchema.parse(
  JSON.parse(readFileSync('fixtures/sample-plan.tiekartta.json', 'utf8')).plan,
);
const WITH_PARTS = withParts(SAMPLE);

describe('the sheets of the lanes, risks and funding', () => {
  it.each(LANGUAGES)('are told by the headers the export writes in %s', (language) => {
    const t = tOf(language);
    for (const kind of PART_KINDS) {
      const headers = PART_COLUMNS[kind].map((column) =>
        t(`sheetColumn.${kind}.${column}` as MessageKey),
      );
      const part = partOfHeaders(headers);
      expect(part?.kind).toBe(kind);
      expect(Object.keys(part?.columns ?? {}).sort()).toEqual([...PART_COLUMNS[kind]].sort());
    }
  });

  it.each(LANGUAGES)(
    'come back the same through .xlsx in %s: empty rows and lanes, risks with links, funding',
    async (language) => {
      const { plan, imported } = await importedPlan(
        gridsOf([{ name: 'x.xlsx', bytes: xlsxOf(WITH_PARTS, tOf(language)) }]),
      );
      expect(imported.skipped).toEqual([]);
      expect(planView(plan)).toEqual(planView(WITH_PARTS));
      expect(plan.funding?.entries).toHaveLength(5);
    },
  );

  it('come back the same through Finnish CSV', async () => {
    const { plan, imported } = await importedPlan(gridsOf(csvsOf(WITH_PARTS, tOf('fi'), 'fi')));
    expect(imported.skipped).toEqual([]);
    expect(planView(plan)).toEqual(planView(WITH_PARTS));
  });

  const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

  it('reads a funding table as funding, never as milestones, though it has dates and names', async () => {
    const { plan, imported } = await importedPlan(
      gridsOf([
        csv(
          'rahoitus.csv',
          'Päivä;Nimi;Päättäjä;Rahoituslaji;Summa (€)\r\n' +
            '28.3.2022;Valtionavustus;VM;Perusrahoitus;1 342 145,50\r\n' +
            '28.3.2022;Valtionavustus 2;STM;ICT-rahoitus;10182799\r\n',
        ),
      ]),
    );
    expect(imported.skipped).toEqual([]);
    expect(plan.items).toEqual([]);
    expect(plan.funding?.categories.map((c) => c.name)).toEqual(['Perusrahoitus', 'ICT-rahoitus']);
    expect(
      plan.funding?.entries.map((e) => [e.date, e.decider, e.label, e.amounts[0]?.cents]),
    ).toEqual([
      ['2022-03-28', 'VM', 'Valtionavustus', 134_214_550],
      ['2022-03-28', 'STM', 'Valtionavustus 2', 1_018_279_900],
    ]);
  });

  it('reads a risk register as risks, and skips a row whose scale word it does not know', async () => {
    const { plan, imported } = await importedPlan(
      gridsOf([
        csv(
          'riskit.csv',
          'Riski;Todennäköisyys;Vaikutus;Päivä\r\n' +
            'Aikataulut;korkea;vakava;1.4.2022\r\n' +
            'Resurssit;ehkä;vakava;1.5.2022\r\n',
        ),
      ]),
    );
    expect(plan.items).toEqual([]);
    expect(plan.risks?.map((r) => [r.number, r.title, r.probability, r.impact])).toEqual([
      [1, 'Aikataulut', 'high', 'severe'],
    ]);
    expect(imported.skipped).toEqual([
      expect.objectContaining({ line: 3, column: 1, value: 'ehkä', problem: 'choiceUnknown' }),
    ]);
  });

  it('drops a link to an item the plan will not have', async () => {
    const { plan } = await importedPlan(
      gridsOf([
        csv(
          'riskit.csv',
          'Riski;Todennäköisyys;Vaikutus;Kohteet\r\nAikataulut;matala;vähäinen;x-1\r\n',
        ),
      ]),
    );
    expect(plan.risks?.[0]?.itemIds).toBeUndefined();
  });

  it('skips a lane of an unknown kind or a colour that is not #rrggbb', async () => {
    const { imported } = await importedPlan(
      gridsOf([
        csv(
          'kaistat.csv',
          'Kaista;Rivi;Laji;Väri\r\nA;r;Hallinto;#0072b2\r\nB;r;outo;#0072b2\r\nC;r;TORI;punainen\r\n',
        ),
      ]),
    );
    expect(imported.skipped.map((s) => [s.line, s.problem])).toEqual([
      [3, 'choiceUnknown'],
      [4, 'badColor'],
    ]);
    expect(imported.command.lanes.map((l) => [l.name, l.kind])).toEqual([['A', 'hallinto']]);
  });

  it('gives lanes and rows the ids the lanes sheet names, and skips an id that is not one', async () => {
    const { plan, imported } = await importedPlan(
      gridsOf([
        csv(
          'kaistat.csv',
          'Kaistan tunnus;Kaista;Rivin tunnus;Rivi;Laji;Väri\r\n' +
            'k-a;A;r-1;Eka;Hallinto;#0072b2\r\n' +
            'k-a;A;r-2;Toka;Hallinto;#0072b2\r\n' +
            'k-b;B;;;TORI;#009e73\r\n' +
            'k c;C;;;TORI;#009e73\r\n',
        ),
      ]),
    );
    expect(plan.lanes.map((l) => [l.id, l.name, l.rows.map((r) => r.id)])).toEqual([
      ['k-a', 'A', ['r-1', 'r-2']],
      ['k-b', 'B', []],
    ]);
    expect(imported.skipped.map((s) => [s.line, s.column, s.problem])).toEqual([[5, 0, 'badId']]);
  });

  it('skips an item whose id the lanes sheet gave a lane or a row', async () => {
    const { imported } = await importedPlan(
      gridsOf([
        csv(
          'kaistat.csv',
          'Kaistan tunnus;Kaista;Rivin tunnus;Rivi;Laji;Väri\r\nk-a;A;r-1;Eka;;\r\n',
        ),
        csv('kohteet.csv', 'Tunnus;Kaista;Rivi;Nimi;Päivä\r\nr-1;A;Eka;Valmis;1.4.2022\r\n'),
      ]),
    );
    expect(imported.skipped.map((s) => [s.sheet, s.line, s.problem])).toEqual([
      ['kohteet', 2, 'idTaken'],
    ]);
  });
});
