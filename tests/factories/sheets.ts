import { createBlankPlan } from '../../src/domain/planFactory';
import { planSchema, type Plan } from '../../src/domain/planSchema';
import { COUNTY_DECISIONS, FUNDING_CATEGORIES, WORKING_GROUP_RISKS } from './risksAndFunding';
import { planSheets, sheetCsv, toXlsxSheets, type SheetStyle } from '../../src/export/planSheets';
import { writeXlsx } from '../../src/export/xlsxWrite';
import type { Translate } from '../../src/i18n/translate';
import { importSheets } from '../../src/sheet/importSheets';
import { newPlanFromImport } from '../../src/sheet/sheetPlan';
import { guessSheets, readSheetBytes } from '../../src/sheet/sheetSource';
import type { Grid } from '../../src/sheet/grid';
import { guessParts } from '../../src/sheet/partSheets';

/** A counter for new ids, so that a test's plans are the same on every run. */
export function counterIds() {
  let n = 0;
  return (prefix: string) => `${prefix}-${++n}`;
}

/** The plan's export as .xlsx bytes, with headers and words of `t`. */
export const xlsxOf = (plan: Plan, t: Translate) =>
  writeXlsx(toXlsxSheets(planSheets(plan, t, 'typed')));

/** Each sheet of the export as CSV bytes, in the Finnish or the international style. */
export const csvsOf = (plan: Plan, t: Translate, style: Exclude<SheetStyle, 'typed'>) =>
  planSheets(plan, t, style).map((sheet) => ({
    name: sheet.name,
    bytes: new TextEncoder().encode(sheetCsv(sheet, style)),
  }));

/** Grids read back into a new plan as the import dialog does, with its guessed mappings. */
export async function importedPlan(
  grids: Grid[],
  title = 'Tuotu',
  today = new Date(Date.UTC(2022, 5, 15)),
) {
  const imported = await importSheets(createBlankPlan({ title, today }), guessSheets(grids), {
    parts: guessParts(grids),
    createLanes: true,
    defaultLane: 'Taulukosta',
    reference: '2022-06-15',
    newId: counterIds(),
  });
  return { imported, plan: newPlanFromImport(imported, title, today) };
}

export function gridsOf(files: { name: string; bytes: Uint8Array }[]): Grid[] {
  return files.flatMap(({ name, bytes }) => {
    const read = readSheetBytes(bytes, name);
    if (!read.ok) throw new Error(`${name}: ${read.error}`);
    return read.sheets;
  });
}

/**
 * What an export must carry over: the whole plan but for what the sheets do not hold (the title
 * block, window, principles, links between items, baselines and which lanes are collapsed), the
 * items, tracks and markers in id order. Lanes and rows keep their ids, order and empty rows.
 */
export function planView(plan: Plan) {
  const {
    title: _title,
    organisation: _organisation,
    classification: _classification,
    asOf: _asOf,
    window: _window,
    principles: _principles,
    dependencies: _dependencies,
    baselines: _baselines,
    compareWith: _compareWith,
    ...carried
  } = plan;
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    ...carried,
    lanes: plan.lanes.map(({ collapsed: _, ...lane }) => lane),
    items: byId(plan.items),
    tracks: byId(plan.tracks),
    markers: byId(plan.markers),
  };
}

/**
 * A plan with what a sheet round trip once lost: an empty row, a lane without rows in a kind and
 * colour of its own, risks (one linked to the first item) and a funding table with its sum placed
 * on the roadmap.
 */
export function withParts(plan: Plan): Plan {
  const firstItem = plan.items[0]?.id;
  return planSchema.parse({
    ...plan,
    lanes: [
      ...plan.lanes.map((lane, i) =>
        i === 0 ? { ...lane, rows: [...lane.rows, { id: 'tyhja', name: 'Tyhjä rivi' }] } : lane,
      ),
      {
        id: 'uusi',
        name: 'Tuleva kaista',
        kind: 'tosi',
        color: '#123ABC',
        collapsed: false,
        rows: [],
      },
    ],
    risks: WORKING_GROUP_RISKS.map((risk, i) =>
      i === 0 && firstItem ? { ...risk, itemIds: [firstItem] } : risk,
    ),
    funding: {
      categories: FUNDING_CATEGORIES,
      entries: COUNTY_DECISIONS,
      summary: { label: 'Täydentävät rahoitushaut', date: '2022-09-30' },
    },
  });
}
