import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applySheetImport } from '../../../src/domain/sheetImportCommand';
import { planSchema, type Plan } from '../../../src/domain/planSchema';
import { sheetIssueText } from '../../../src/i18n/sheetIssueText';
import { importSheets } from '../../../src/sheet/importSheets';
import { guessParts } from '../../../src/sheet/partSheets';
import { guessSheets } from '../../../src/sheet/sheetSource';
import { tOf } from '../../factories/messages';
import { counterIds, gridsOf, importedPlan, withParts, xlsxOf } from '../../factories/sheets';

const SAMPLE = planSchema.parse(
  JSON.parse(readFileSync('fixtures/sample-plan.tiekartta.json', 'utf8')).plan,
);
const WITH_PARTS = withParts(SAMPLE);
const SUM = { label: 'Täydentävät rahoitushaut', date: '2022-09-30' };

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const MARKERS = 'Tunnus;Tyyppi;Nimi;Alku;Loppu;Päivä\r\n';
const FUNDING =
  'Tunnus;Päivä;Päättäjä;Diaarinumero;Nimi;Tila;Rahoituslajin tunnus;Rahoituslaji;Summa (€)\r\n' +
  'f-1;28.3.2022;VM;;Valtionavustus;myönnetty;c-1;Perusrahoitus;1000\r\n';

async function intoOpen(plan: Plan, files: { name: string; bytes: Uint8Array }[]) {
  const grids = gridsOf(files);
  return importSheets(plan, guessSheets(grids), {
    parts: guessParts(grids),
    createLanes: false,
    defaultLane: 'Taulukosta',
    reference: '2022-06-15',
    newId: counterIds(),
  });
}

describe('the funding sum on the marker row, through a sheet', () => {
  it('is written last on the markers sheet and comes back as the plan had it', async () => {
    expect(WITH_PARTS.funding?.summary).toEqual(SUM);
    const { plan, imported } = await importedPlan(
      gridsOf([{ name: 'x.xlsx', bytes: xlsxOf(WITH_PARTS, tOf('fi')) }]),
    );
    expect(imported.skipped).toEqual([]);
    expect(plan.funding?.summary).toEqual(SUM);
    expect(imported.added).toContainEqual(
      expect.objectContaining({ kind: 'funding', label: SUM.label }),
    );
  });

  it('is read from "rahoituksen summa" on the markers sheet in any of the three languages', async () => {
    for (const word of ['rahoituksen summa', 'finansieringens summa', 'Funding sum']) {
      const { plan, imported } = await importedPlan(
        gridsOf([
          csv('merkinnat.csv', `${MARKERS};${word};Haut;;;30.9.2022\r\n`),
          csv('rahoitus.csv', FUNDING),
        ]),
      );
      expect(imported.skipped).toEqual([]);
      expect(plan.funding?.summary).toEqual({ label: 'Haut', date: '2022-09-30' });
      expect(plan.markers).toEqual([]);
    }
  });

  it('is skipped, with the reason, where there is no funding table for it to add up', async () => {
    const { plan, imported } = await importedPlan(
      gridsOf([csv('merkinnat.csv', `${MARKERS};rahoituksen summa;Haut;;;30.9.2022\r\n`)]),
    );
    expect(plan.funding).toBeUndefined();
    expect(imported.importedRows).toBe(0);
    expect(imported.skipped).toEqual([
      expect.objectContaining({ line: 2, column: 1, problem: 'summaryWithoutFunding' }),
    ]);
    expect(sheetIssueText(imported.skipped[0]!, tOf('fi'), 'fi', () => 'Tyyppi')).toBe(
      'Rivi 2, sarake B (Tyyppi): ”Haut” tiekartassa ei ole rahoitustaulukkoa, jonka summaa tämä näyttäisi',
    );
  });

  it('is read once: a second one is skipped, naming the first', async () => {
    const { plan, imported } = await importedPlan(
      gridsOf([
        csv(
          'merkinnat.csv',
          `${MARKERS};rahoituksen summa;Haut;;;30.9.2022\r\n;rahoituksen summa;Toinen;;;1.10.2022\r\n`,
        ),
        csv('rahoitus.csv', FUNDING),
      ]),
    );
    expect(plan.funding?.summary?.label).toBe('Haut');
    expect(imported.skipped).toEqual([
      expect.objectContaining({ line: 3, problem: 'summaryRepeated', params: { line: 2 } }),
    ]);
  });

  it("stays on an open plan when a funding sheet without one is imported into it, and is replaced by the sheet's", async () => {
    const open = planSchema.parse({ ...WITH_PARTS, funding: { ...WITH_PARTS.funding } });
    const kept = await intoOpen(open, [csv('rahoitus.csv', FUNDING)]);
    expect(applySheetImport(open, kept.command).funding?.summary).toEqual(SUM);

    const moved = await intoOpen(open, [
      csv('merkinnat.csv', `${MARKERS};rahoituksen summa;Haut;;;1.10.2022\r\n`),
    ]);
    expect(moved.skipped).toEqual([]);
    expect(moved.updated).toEqual([expect.objectContaining({ kind: 'funding', label: 'Haut' })]);
    expect(applySheetImport(open, moved.command).funding).toEqual({
      ...open.funding,
      summary: { label: 'Haut', date: '2022-10-01' },
    });
  });
});
