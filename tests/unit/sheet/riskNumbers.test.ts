import { describe, expect, it } from 'vitest';
import { execute } from '../../../src/domain/execute';
import { createBlankPlan } from '../../../src/domain/planFactory';
import { planSchema, type Plan } from '../../../src/domain/planSchema';
import { sheetIssueText } from '../../../src/i18n/sheetIssueText';
import { importSheets } from '../../../src/sheet/importSheets';
import { guessParts } from '../../../src/sheet/partSheets';
import { tOf } from '../../factories/messages';
import { counterIds, gridsOf } from '../../factories/sheets';

const HEADER = 'Tunnus;Numero;Riski;Todennäköisyys;Vaikutus\r\n';
const csv = (text: string) => [
  { name: 'riskit.csv', bytes: new TextEncoder().encode(HEADER + text) },
];

const PLAN: Plan = planSchema.parse({
  ...createBlankPlan({ title: 'Riskit', today: new Date(Date.UTC(2022, 5, 15)) }),
  risks: [
    { id: 'r-1', number: 1, title: 'Aikataulut', probability: 'high', impact: 'severe' },
    { id: 'r-2', number: 2, title: 'Resurssit', probability: 'low', impact: 'minor' },
  ],
});

async function imported(text: string, plan: Plan = PLAN) {
  const grids = gridsOf(csv(text));
  const result = await importSheets(plan, [], {
    parts: guessParts(grids),
    createLanes: true,
    defaultLane: 'Taulukosta',
    reference: '2022-06-15',
    newId: counterIds(),
  });
  const texts = result.skipped.map((issue) =>
    sheetIssueText(issue, tOf('fi'), 'fi', (c) => HEADER.split(';')[c]?.trim() ?? ''),
  );
  return { result, texts, applied: execute(plan, result.command) };
}

describe('risk numbers from a sheet', () => {
  it('skips a row whose number an earlier row has, naming that risk, before anything is applied', async () => {
    const { result, texts, applied } = await imported(
      ';3;Tietoturva;korkea;vakava\r\n;3;Budjetti;matala;vakava\r\n',
      createBlankPlan({ title: 'Tyhjä' }),
    );
    expect(result.command.risks?.map((r) => [r.number, r.title])).toEqual([[3, 'Tietoturva']]);
    expect(result.importedRows).toBe(1);
    expect(texts).toEqual(['Rivi 3, sarake B (Numero): ”3” numero 3 on jo riskillä ”Tietoturva”']);
    expect(applied.ok).toBe(true);
  });

  it('skips a number a risk of the open plan keeps, and allows the number of a risk the sheet replaces', async () => {
    const { result, texts, applied } = await imported(
      ';2;Tietoturva;korkea;vakava\r\nr-1;5;Aikataulut;korkea;vakava\r\n;1;Budjetti;matala;vakava\r\n',
    );
    expect(texts).toEqual(['Rivi 2, sarake B (Numero): ”2” numero 2 on jo riskillä ”Resurssit”']);
    expect(result.command.risks?.map((r) => [r.id, r.number])).toEqual([
      ['r-1', 5],
      ['risk-2', 1],
    ]);
    expect(applied.ok).toBe(true);
  });

  it("keeps the plan's risk whose replacement is skipped, and so skips what took its number", async () => {
    // Row 2 would move r-1 off number 1 onto r-2's number 2; skipped, r-1 keeps 1, so row 3 clashes.
    const { texts, applied } = await imported(
      'r-1;2;Aikataulut;korkea;vakava\r\n;1;Budjetti;matala;vakava\r\n',
    );
    expect(texts).toEqual([
      'Rivi 2, sarake B (Numero): ”2” numero 2 on jo riskillä ”Resurssit”',
      'Rivi 3, sarake B (Numero): ”1” numero 1 on jo riskillä ”Aikataulut”',
    ]);
    expect(applied.ok).toBe(true);
  });

  it("gives a row without a number the next one free of the plan's", async () => {
    const { result, applied } = await imported(
      ';;Tietoturva;korkea;vakava\r\n;;Budjetti;matala;vakava\r\n',
    );
    expect(result.skipped).toEqual([]);
    expect(result.command.risks?.map((r) => r.number)).toEqual([3, 4]);
    expect(applied.ok).toBe(true);
  });
});
