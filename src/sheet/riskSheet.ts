import {
  riskSchema,
  type Impact,
  type Probability,
  type Risk,
  type RiskStatus,
} from '../domain/risks/riskSchema';
import { cellText, isBlankRow } from './grid';
import { checkedPart, readNumber, skipCell, skipRepeated, type PartRead } from './partRows';
import { idList, partCells, wordLookup, type PartColumn, type PartSheet } from './partSheets';
import { settleRiskNumbers, type RiskCandidate } from './riskNumbers';
import type { SheetIssue } from './sheetIssue';

/** The app's words for the scales ("risk.*" messages in its three languages), and the codes. */
const readProbability = wordLookup<Probability>({
  low: ['matala', 'låg'],
  medium: ['kohtalainen', 'måttlig', 'moderate'],
  high: ['korkea', 'hög'],
});
const readImpact = wordLookup<Impact>({
  minor: ['vähäinen', 'liten'],
  moderate: ['kohtalainen', 'måttlig'],
  severe: ['vakava', 'allvarlig'],
});
const readRiskStatus = wordLookup<RiskStatus>({
  open: ['avoin', 'öppen'],
  mitigated: ['lievennetty', 'lindrad'],
  realised: ['toteutunut', 'inträffad'],
  closed: ['suljettu', 'stängd'],
});

/**
 * The risk register: a risk a row. An empty id is a new risk, an empty number the next free one,
 * an empty status open; the items are ids of the plan's items, listed in one cell. A number
 * another risk has skips the row (riskNumbers.ts); `planRisks` are those the plan has.
 */
export function readRiskSheet(
  sheet: PartSheet<'risks'>,
  makeId: (prefix: string) => string,
  planRisks: readonly Risk[] = [],
): PartRead<Risk> {
  const read: PartRead<Risk> = { things: [], skipped: [], rows: 0 };
  const { grid, headerRow } = sheet;
  const lines = new Map<string, number>();
  const candidates: RiskCandidate[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells)) continue;
    const line = r + 1;
    const { at, text } = partCells(sheet, cells);
    const skip = (column: PartColumn<'risks'>, problem: SheetIssue['problem']) =>
      skipCell(sheet, line, column, at(column), problem, read.skipped);
    const id = text('id');
    const earlier = id ? lines.get(id) : undefined;
    if (earlier !== undefined) {
      skipRepeated(sheet, line, id, earlier, read.skipped);
      continue;
    }
    const auto = text('number') === '';
    const number = auto ? 1 : readNumber(at('number'));
    if (number === null) {
      skip('number', 'numberInvalid');
      continue;
    }
    const probability = readProbability(at('probability'));
    if (!probability) {
      skip('probability', 'choiceUnknown');
      continue;
    }
    const impact = readImpact(at('impact'));
    if (!impact) {
      skip('impact', 'choiceUnknown');
      continue;
    }
    const status = text('status') === '' ? 'open' : readRiskStatus(at('status'));
    if (!status) {
      skip('status', 'choiceUnknown');
      continue;
    }
    const items = idList(text('items'));
    const optional = (column: 'description' | 'owner' | 'mitigation') => {
      const value = column === 'owner' ? text(column) : cellText(at(column));
      return value.trim() === '' ? {} : { [column]: value };
    };
    const risk = {
      id: id || makeId('risk'),
      number,
      title: text('title'),
      ...optional('description'),
      probability,
      impact,
      ...optional('owner'),
      ...optional('mitigation'),
      status,
      ...(items.length ? { itemIds: items } : {}),
    } as Risk;
    const columnOf = (path: string) =>
      path === 'itemIds' ? 'items' : (path as PartColumn<'risks'>);
    if (!checkedPart(sheet, line, riskSchema, risk, columnOf, read.skipped)) continue;
    if (id) lines.set(id, line);
    candidates.push({ risk, line, auto });
  }
  read.things = settleRiskNumbers(candidates, planRisks, (line, number, problem, title) =>
    read.skipped.push({
      sheet: grid.name,
      line,
      column: sheet.columns.number,
      value: String(number),
      problem,
      params: { number, ...(title === undefined ? {} : { title }) },
    }),
  );
  read.skipped.sort((a, b) => a.line - b.line);
  read.rows = read.things.length;
  return read;
}
