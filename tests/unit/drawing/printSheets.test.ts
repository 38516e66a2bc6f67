import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import { printSheets, sheetArea } from '../../../src/drawing/printSheets';
import type { RoadmapDrawing } from '../../../src/drawing/roadmapDrawing';
import type { Shape } from '../../../src/drawing/shape';
import { DEFAULT_THEME } from '../../../src/drawing/theme';
import { NO_HYPHENATION } from '../../../src/layout/hyphenation';
import { tFi as t } from '../../factories/comparedPlan';
import { generatePlan } from '../../factories/generatePlan';

/** Two lanes of twelve rows, each lane taller than an A4 sheet at 7 pt (as a roll-up's are). */
const TALL = generatePlan({ items: 300, lanes: 2, rowsPerLane: 12, years: 3, seed: 7 });
/** The same, with one row so crowded that it alone is taller than a sheet. */
const CROWDED: Plan = {
  ...TALL,
  items: [
    ...TALL.items,
    ...TALL.items.slice(0, 120).map((item, i) => ({ ...item, id: `x-${i}`, rowId: 'g-row-0-3' })),
  ],
};
/** The printout's smallest text stays at 7 pt: type scale 7 / 0.75 / 11. */
const LEGIBLE_K = 7 / 0.75 / 11;
const AREA = sheetArea('a4');

const sheetsOf = (plan: Plan) =>
  printSheets(
    {
      plan,
      language: 'fi',
      t,
      theme: DEFAULT_THEME,
      hyphenate: NO_HYPHENATION,
      frame: plan.window,
    },
    'a4',
    'legible',
  );
const flat = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => [s, ...flat(s.children ?? [])]);
const rowsOf = (sheet: RoadmapDrawing) =>
  sheet.lanes.flatMap((lane) => lane.rows.map((row) => `${lane.id}/${row.id}`));
const planRows = (plan: Plan) =>
  plan.lanes.flatMap((lane) => lane.rows.map((row) => `${lane.id}/${row.id}`));

describe('printSheets of lanes taller than a sheet', () => {
  it('splits each between its rows, every sheet fitting at 7 pt', () => {
    const sheets = sheetsOf(TALL);
    expect(sheets.length).toBeGreaterThan(4);
    for (const sheet of sheets) {
      expect(sheet.height).toBeLessThanOrEqual(AREA.height + 0.5);
      expect(sheet.metrics.k).toBeGreaterThanOrEqual(LEGIBLE_K - 1e-9);
    }
    expect(sheets.some((sheet) => rowsOf(sheet).length > 2)).toBe(true);
  });

  it('draws every row once and in order, its lane named on each of its sheets', () => {
    const sheets = sheetsOf(TALL);
    expect(sheets.flatMap(rowsOf)).toEqual(planRows(TALL));
    for (const sheet of sheets) {
      const texts = flat(sheet.shapes).map((shape) => shape.text ?? '');
      for (const lane of sheet.lanes) expect(texts).toContain(lane.name);
    }
  });

  it('gives a row taller than a sheet a sheet of its own, and splits the rest as before', () => {
    const sheets = sheetsOf(CROWDED);
    expect(sheets.flatMap(rowsOf)).toEqual(planRows(CROWDED));
    const crowded = sheets.find((sheet) => rowsOf(sheet).includes('g-lane-0/g-row-0-3'))!;
    expect(rowsOf(crowded)).toEqual(['g-lane-0/g-row-0-3']);
    expect(crowded.height).toBeGreaterThan(AREA.height);
    const others = sheets.filter((sheet) => sheet !== crowded);
    for (const sheet of others) expect(sheet.height).toBeLessThanOrEqual(AREA.height + 0.5);
    expect(others.some((sheet) => rowsOf(sheet).length > 2)).toBe(true);
  });
});
