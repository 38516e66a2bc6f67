import { shortenAtWord } from './shortenText';
import { estimateTextWidth } from './textWidth';

/** A label for the header's marker row: its line is at `x` body px and the text reads rightwards. */
export interface MarkerSlot {
  key: string;
  x: number;
  text: string;
  kind: string;
}

/** A marker label in its lane. */
export interface PlacedMarkerLabel extends MarkerSlot {
  /** Where the label starts: the slot's x, or the frame's left edge when the line is left of it. */
  x: number;
  /** The stacked lane, 0 at the top. */
  lane: number;
  /** The text drawn: the full text, a word prefix with "…", the date, the first word, or "". */
  shown: string;
  /** `estimateTextWidth(shown)`; 0 for "", which takes no room (the line and tooltip remain). */
  width: number;
  /** Whether `shown` is the whole text. */
  full: boolean;
  /** The text stands left of its line, ending at it: it did not fit on the right, whole. */
  left: boolean;
  /** Where the text's room starts: `x` on the right of the line, `x - LEFT_GAP_PX - width` left. */
  from: number;
}

/** The gap between a line and a label left of it, as the text stands off its line on the right. */
export const LEFT_GAP_PX = 4;

export interface MarkerPlacementOptions {
  fontPx: number;
  /** The least gap between two labels in one lane. */
  padPx: number;
  /** How many lanes the row stacks; at least one is used. */
  lanes: number;
  /** The frame's left edge: a label whose line is further left starts here. */
  minX?: number;
  /** No label runs past this. */
  maxX: number;
}

/**
 * The order in which labels claim room, first first: the as-of line, key dates, meetings,
 * blackout periods, today, then any other kind. A label never takes room a higher one wants.
 */
export const MARKER_PRIORITY: Readonly<Record<string, number>> = {
  asOf: 0,
  keyDate: 1,
  meeting: 2,
  blackout: 3,
  today: 4,
};
const OTHER_PRIORITY = 5;

/** A marker text's closing date: "1.4.2022" (fi, sv) or "1 Apr 2022" (en). */
const DATE_SUFFIX = /(?:^|\s)(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} \p{L}{3,}\.? \d{4})$/u;

interface Taken {
  x: number;
  end: number;
}

/**
 * Places the marker labels into stacked lanes, by priority (`MARKER_PRIORITY`) and then left to
 * right: each goes to the first lane where its full text fits without coming within `padPx` of
 * another label there and without running past `maxX`; else, whole, left of its line where that
 * fits. One that fits nowhere goes to the lane with the most room and is shortened: at a word boundary with "…", else to its closing date,
 * else to its first word, else to "" (nothing is drawn but its line). Returns one entry per
 * label, in the input order.
 */
export function placeMarkerLabels(
  labels: readonly MarkerSlot[],
  options: MarkerPlacementOptions,
): PlacedMarkerLabel[] {
  const { fontPx, padPx, maxX } = options;
  const minX = options.minX ?? -Infinity;
  const lanes: Taken[][] = Array.from(
    { length: Math.max(1, Math.floor(options.lanes) || 1) },
    () => [],
  );
  const rank = (label: MarkerSlot) => MARKER_PRIORITY[label.kind] ?? OTHER_PRIORITY;
  const order = labels
    .map((label, i) => ({ label, i }))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.label.x - b.label.x || a.i - b.i);

  const placed: PlacedMarkerLabel[] = new Array<PlacedMarkerLabel>(labels.length);
  for (const { label, i } of order) {
    const x = Math.max(label.x, minX);
    const clearAt = (lane: Taken[], from: number, width: number) =>
      from >= minX &&
      from + width <= maxX &&
      lane.every((t) => from + width + padPx <= t.x || t.end + padPx <= from);
    const clear = (lane: Taken[], width: number) => clearAt(lane, x, width);
    /** The widest text that fits at x in the lane: -Infinity when a label there covers x. */
    const room = (lane: Taken[]) => {
      let limit = maxX;
      for (const t of lane) {
        if (t.x <= x) {
          if (t.end + padPx > x) return -Infinity;
        } else limit = Math.min(limit, t.x - padPx);
      }
      return limit - x;
    };

    const fullWidth = estimateTextWidth(label.text, fontPx);
    let lane = lanes.findIndex((l) => clear(l, fullWidth));
    // Near the frame's right edge a whole text left of its line beats a shortened one right of it.
    const leftFrom = x - LEFT_GAP_PX - fullWidth;
    // It never starts before the chart does (body px 0), whatever the frame.
    const leftLane =
      lane < 0 && label.x >= minX && leftFrom >= 0
        ? lanes.findIndex((l) => clearAt(l, leftFrom, fullWidth))
        : -1;
    if (leftLane >= 0) {
      (lanes[leftLane] as Taken[]).push({ x: leftFrom, end: x });
      placed[i] = {
        ...label,
        x,
        lane: leftLane,
        shown: label.text,
        width: fullWidth,
        full: true,
        left: true,
        from: leftFrom,
      };
      continue;
    }
    let shown = label.text;
    if (lane < 0) {
      const rooms = lanes.map(room);
      lane = rooms.indexOf(Math.max(...rooms));
      const words = label.text.trim().split(/\s+/);
      const candidates = [
        shortenAtWord(label.text, rooms[lane] as number, fontPx),
        DATE_SUFFIX.exec(label.text)?.[1],
        words.length > 1 ? words[0] : undefined,
      ];
      shown =
        candidates.find(
          (c): c is string => !!c && clear(lanes[lane] as Taken[], estimateTextWidth(c, fontPx)),
        ) ?? '';
    }
    const width = estimateTextWidth(shown, fontPx);
    if (width > 0) (lanes[lane] as Taken[]).push({ x, end: x + width });
    placed[i] = {
      ...label,
      x,
      lane,
      shown,
      width,
      full: shown === label.text,
      left: false,
      from: x,
    };
  }
  return placed;
}
