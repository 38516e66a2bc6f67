import { LANE_COLORS } from '../domain/laneColors';
import { colorSchema, idSchema, type LaneKind } from '../domain/planSchema';
import { cellText, isBlankRow } from './grid';
import { laneKindOf } from './laneKind';
import { partCells, wordLookup, type PartSheet } from './partSheets';
import type { SheetIssue } from './sheetIssue';

/**
 * A lane as the lanes sheet states it: kind, colour and its rows in order, empty rows too, with
 * the ids the export wrote (absent in a sheet without those columns).
 */
export interface DeclaredLane {
  sheet: string;
  line: number;
  id?: string;
  name: string;
  kind: LaneKind;
  color: string;
  rows: { id?: string; name: string; line: number }[];
}

/** The kinds as the app names them in its three languages ("kind.*" messages), and the codes. */
const readLaneKind = wordLookup<LaneKind>({
  hallinto: ['Hallinto', 'Förvaltning', 'Administration'],
  tori: ['TORI'],
  tosi: ['TOSI'],
  infra: ['ICT-infra', 'IKT-infra', 'ICT infrastructure'],
  custom: ['Muu', 'Annan', 'Other'],
});

/**
 * The lanes sheet: a row per lane and row name (the lane's name carried down when left empty, a
 * lane without rows as one line with no row). A kind left empty follows the name, a colour left
 * empty the kind; an unknown kind, a colour that is not #rrggbb or an id that is not one skips its
 * row. A lane's id is its first line's.
 */
export function readLaneSheet(sheet: PartSheet<'lanes'>): {
  lanes: DeclaredLane[];
  skipped: SheetIssue[];
  rows: number;
} {
  const lanes = new Map<string, DeclaredLane>();
  const skipped: SheetIssue[] = [];
  let rows = 0;
  let lane = '';
  let carriedLaneId = '';
  const { grid, headerRow, columns } = sheet;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells)) continue;
    const line = r + 1;
    const { at, text } = partCells(sheet, cells);
    const skip = (
      column: 'laneId' | 'lane' | 'rowId' | 'laneKind' | 'color',
      problem: SheetIssue['problem'],
    ) =>
      skipped.push({
        sheet: grid.name,
        line,
        column: columns[column],
        value: cellText(at(column)).slice(0, 80),
        problem,
      });
    // A lane's id is carried down with its name, so the lines of one lane stay one lane.
    if (text('lane')) carriedLaneId = '';
    lane = text('lane') || lane;
    if (!lane) {
      skip('lane', 'laneMissing');
      continue;
    }
    const kind = text('laneKind') === '' ? laneKindOf(lane) : readLaneKind(at('laneKind'));
    if (!kind) {
      skip('laneKind', 'choiceUnknown');
      continue;
    }
    const color = text('color') || LANE_COLORS[kind];
    if (!colorSchema.safeParse(color).success) {
      skip('color', 'badColor');
      continue;
    }
    const laneId = text('laneId') || carriedLaneId;
    carriedLaneId = laneId;
    const rowId = text('rowId');
    const badId = [['laneId', laneId] as const, ['rowId', rowId] as const].find(
      ([, id]) => id !== '' && !idSchema.safeParse(id).success,
    );
    if (badId) {
      skip(badId[0], 'badId');
      continue;
    }
    rows++;
    // Two lanes of one name are told apart by their ids.
    const key = laneId ? `id ${laneId}` : lane.toLocaleLowerCase('fi');
    let declared = lanes.get(key);
    if (!declared) {
      const id = laneId ? { id: laneId } : {};
      declared = { sheet: grid.name, line, ...id, name: lane, kind, color, rows: [] };
      lanes.set(key, declared);
    }
    const row = text('row');
    const same = (x: { id?: string; name: string }) =>
      rowId ? x.id === rowId : x.name.toLocaleLowerCase('fi') === row.toLocaleLowerCase('fi');
    if (row && !declared.rows.some(same))
      declared.rows.push({ ...(rowId ? { id: rowId } : {}), name: row, line });
  }
  return { lanes: [...lanes.values()], skipped, rows };
}
