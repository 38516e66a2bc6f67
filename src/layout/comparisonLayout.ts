import type { PlanComparison } from '../domain/comparison/planChange';
import type { Snapshot } from '../domain/comparison/snapshotOf';
import type { BaselineItem } from '../domain/planSchema';
import { itemDays } from './itemDays';
import { itemShape } from './itemShape';
import type { Metrics } from './metrics';
import type { PlacedItem, RowBox } from './roadmapLayout';
import { SubRows } from './subRows';
import { estimateTextWidth } from './textWidth';
import type { TimeScale } from './timeScale';

/** What a drawing of a comparison reads: the differences and both sides' lanes and rows. */
export interface CompareInput {
  comparison: PlanComparison;
  before: Snapshot;
  after: Snapshot;
}

/** A line from the ghost (x0, y0) to the item (x1, y1), in body px. */
export interface ShiftArrow {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** "+3 vk" beside or inside the ghost: `x` its left edge, `y` its middle, in body px. */
export interface ShiftLabel {
  text: string;
  x: number;
  y: number;
  width: number;
}

/** A moved item: its ghost at the baseline dates and row, the arrow to it and the shift. */
export interface ChangedMark {
  id: string;
  ghost: PlacedItem;
  arrow: ShiftArrow | null;
  shift: ShiftLabel | null;
  /** Calendar days the arrow's end moved, later positive; 0 for a move to another row only. */
  days: number;
}

/** A removed item as it was: `ghost.shape` carries its label, to be struck through. */
export interface RemovedMark {
  id: string;
  ghost: PlacedItem;
}

/** An item the baseline did not have: where its "new" badge goes (the item's placement). */
export interface AddedMark {
  id: string;
  placed: PlacedItem;
}

export interface ComparisonLayout {
  changed: ChangedMark[];
  removed: RemovedMark[];
  added: AddedMark[];
  /** Items changed where they stand (status or name only): badged as changed. */
  restyled: AddedMark[];
}

export interface ComparisonLayoutOptions {
  scale: TimeScale;
  metrics: Metrics;
  /** A frame of a picture: ghosts wholly outside it are left out, the rest cut at its edges. */
  clip: boolean;
  /** The shift as the reader's language writes it ("+3 vk"). */
  shiftText: (days: number) => string;
}

/** The shift labels' type size: a little under the item labels', bold. */
export const shiftFontPx = (m: Metrics): number => Math.round(m.labelFontPx * 0.85 * 10) / 10;

/**
 * Where the comparison goes in these rows: a ghost of each changed item at its baseline place, an
 * arrow to the item and the shift beside the ghost; removed items as ghosts in the row they were
 * in (a row deleted since: the lane's first row; a lane deleted since: not drawn); a badge on
 * each added item, and another on each changed only in status or name. Items of a collapsed lane and rows not among `rows` (out of view) get none.
 */
export function comparisonLayout(
  rows: readonly RowBox[],
  input: CompareInput,
  options: ComparisonLayoutOptions,
): ComparisonLayout {
  const placedById = new Map<string, { placed: PlacedItem; row: RowBox }>();
  const rowsById = new Map<string, RowBox>();
  for (const row of rows) {
    if (row.rowId === null) continue;
    rowsById.set(row.rowId, row);
    for (const placed of row.items) placedById.set(placed.item.id, { placed, row });
  }
  const planRows = new Map<string, string>();
  for (const lane of input.after.lanes) for (const row of lane.rows) planRows.set(row.id, lane.id);
  const firstRows = new Map(input.after.lanes.map((lane) => [lane.id, lane.rows[0]?.id]));
  const laneBefore = new Map<string, string>();
  for (const lane of input.before.lanes)
    for (const row of lane.rows) laneBefore.set(row.id, lane.id);
  const sub = new SubRows(rows, options.metrics);
  const out: ComparisonLayout = { changed: [], removed: [], added: [], restyled: [] };
  const diffs = input.comparison.items;

  for (const diff of diffs) {
    if (diff.kind !== 'removed') continue;
    const { rowId } = diff.before;
    const firstRow = firstRows.get(laneBefore.get(rowId) ?? '');
    const row = planRows.has(rowId) ? rowsById.get(rowId) : rowsById.get(firstRow ?? '');
    const ghost = row && ghostOf(diff.before, diff.before.label, row, options);
    if (!row || !ghost) continue;
    ghost.y = sub.freest(row, ghost.shape.span);
    sub.take(ghost.y, ghost.shape.span);
    out.removed.push({ id: diff.id, ghost });
  }

  for (const diff of diffs) {
    if (diff.kind === 'added') {
      const found = placedById.get(diff.id);
      if (found) out.added.push({ id: diff.id, placed: found.placed });
    }
    if (diff.kind !== 'changed') continue;
    const found = placedById.get(diff.id);
    const { before, after } = diff;
    // A row still on the plan but not among these rows is out of view, or in a collapsed lane.
    const row = rowsById.get(before.rowId) ?? (planRows.has(before.rowId) ? undefined : found?.row);
    const ghost = row && ghostOf(before, '', row, options);
    if (!row || !ghost) continue;
    const sameRow = found?.row === row;
    ghost.y = sameRow ? found.placed.y : sub.freest(row, ghost.shape.span);
    if (sameRow && sameBox(ghost, found.placed)) {
      out.restyled.push({ id: diff.id, placed: found.placed });
      continue;
    }
    const mark = changedMark(diff.id, ghost, before, after, found?.placed ?? null, options, sub);
    out.changed.push(mark);
  }
  return out;
}

function ghostOf(
  item: BaselineItem,
  caption: string,
  row: RowBox,
  { scale, metrics, clip }: ComparisonLayoutOptions,
): PlacedItem | null {
  if (clip) {
    const { start, end } = itemDays(item);
    if (end < scale.startDay || start > scale.endDay) return null;
  }
  const shape = itemShape(item, scale, caption, metrics, clip);
  return { item, lane: row.lane, rowName: row.name, shape, y: row.y, order: -1 };
}

const sameBox = (a: PlacedItem, b: PlacedItem) =>
  a.y === b.y &&
  Math.abs(a.shape.x - b.shape.x) < 0.5 &&
  Math.abs(a.shape.width - b.shape.width) < 0.5;

/** Where on the time axis an item's moved edge is: its end when that moved, else its start. */
function anchorX(item: BaselineItem, end: boolean, scale: TimeScale): number {
  const days = itemDays(item);
  if (item.type === 'milestone') return scale.xOfDay(days.start) + scale.pxPerDay / 2;
  return end ? scale.xOfDay(days.end) + scale.pxPerDay : scale.xOfDay(days.start);
}

function changedMark(
  id: string,
  ghost: PlacedItem,
  before: BaselineItem,
  after: BaselineItem,
  placed: PlacedItem | null,
  options: ComparisonLayoutOptions,
  sub: SubRows,
): ChangedMark {
  const { scale, metrics: m } = options;
  // Parsed once per item object (itemDays keeps them), as the screen lays this out per scroll.
  const [was, is] = [itemDays(before), itemDays(after)];
  const slip = is.end - was.end;
  const days = slip || is.start - was.start;
  const x0 = anchorX(before, slip !== 0, scale);
  const x1 = anchorX(after, slip !== 0, scale);
  // The item where it is; not laid out (outside the picture's frame) but in the ghost's row, the
  // arrow still points the way it went, cut at the frame's edge.
  const itemY = placed?.y ?? (after.rowId === before.rowId ? ghost.y : null);
  let arrow: ShiftArrow | null = null;
  if (itemY === ghost.y) {
    // Under the bars, in the gap between this sub-row's bar and the next one's.
    const y = ghost.y + (1.2 * m.barPx + m.subRowPx) / 2;
    if (Math.abs(x1 - x0) >= 2) arrow = { x0, y0: y, x1, y1: y };
  } else if (itemY !== null) {
    const down = itemY > ghost.y;
    const [bottom, top] = [1.1 * m.barPx, 0.1 * m.barPx];
    arrow = {
      x0,
      y0: ghost.y + (down ? bottom : top),
      x1,
      y1: itemY + (down ? top : bottom),
    };
  }
  const shift = days === 0 ? null : shiftLabel(ghost, placed, days, options, sub);
  return { id, ghost, arrow, shift, days };
}

/**
 * The shift inside the part of the ghost the item leaves uncovered, else beside the ghost (away
 * from the item first), else past both, else in the item's bar after its label: the first place
 * no other label or item of that sub-row takes, else the least taken.
 */
function shiftLabel(
  ghost: PlacedItem,
  placed: PlacedItem | null,
  days: number,
  { scale, metrics: m, shiftText }: ComparisonLayoutOptions,
  sub: SubRows,
): ShiftLabel {
  const text = shiftText(days);
  const width = estimateTextWidth(text, shiftFontPx(m));
  const pad = m.labelPadPx / 2;
  const { x, width: w } = ghost.shape;
  const covered = placed && placed.y === ghost.y ? placed.shape.span : null;
  const inside =
    ghost.item.type === 'phase'
      ? uncovered(x, x + w, covered)
          .filter(([a, b]) => b - a >= width + 2 * pad)
          .map(([a, b]) => (a + b - width) / 2)
      : [];
  const left = x - pad - width;
  const right = x + w + pad;
  // Past both the ghost and the item (with its label), for a short move where they touch.
  const outer = covered
    ? [Math.min(x, covered.x0) - pad - width, Math.max(x + w, covered.x1) + pad]
    : [];
  const sides = days > 0 ? [left, right] : [right, left];
  // Last, at the end of the item's own bar, after a label inside it: on a crowded sheet.
  const s = placed?.shape;
  const inBar =
    covered && s && s.labelInside && placed?.item.type === 'phase'
      ? s.x + s.width - pad - width
      : null;
  const ownBar = inBar !== null && s && inBar >= s.labelX + s.labelWidth + pad ? [inBar] : [];
  const candidates = [...inside, ...sides, ...outer, ...ownBar].filter(
    (at) => at >= 0 && at + width <= scale.width,
  );
  // The first free place; where every place is taken (a crowded sheet), the least taken one.
  const cover = (c: number) =>
    sub.covered(ghost.y, { x0: c, x1: c + width }) - (ownBar.includes(c) ? width : 0);
  let at = candidates[0] ?? left;
  let least = Infinity;
  for (const c of candidates) {
    const covered = cover(c);
    if (covered < least) [at, least] = [c, covered];
    if (covered <= 0) break;
  }
  sub.take(ghost.y, { x0: at, x1: at + width });
  return { text, x: at, y: ghost.y + 0.6 * m.barPx, width };
}

/** The parts of [x0, x1] outside `covered`. */
function uncovered(x0: number, x1: number, covered: { x0: number; x1: number } | null) {
  if (!covered || covered.x1 <= x0 || covered.x0 >= x1) return [[x0, x1] as const];
  const parts: (readonly [number, number])[] = [];
  if (covered.x0 > x0) parts.push([x0, covered.x0]);
  if (covered.x1 < x1) parts.push([covered.x1, x1]);
  return parts;
}
