import type { Item } from '../domain/planSchema';
import { measureCaption } from './captionWidth';
import { itemDays } from './itemDays';
import { SCREEN_METRICS, type Metrics } from './metrics';
import type { Span } from './rowPacking';
import { shortenAtWord } from './shortenText';
import { estimateTextWidth } from './textWidth';
import type { TimeScale } from './timeScale';

/** Where an item and its label go horizontally; all px from the scale's left edge. */
export interface ItemShape {
  x: number;
  width: number;
  labelX: number;
  labelInside: boolean;
  /** The label stands left of its mark: drawn right-aligned to the mark, whatever the font's width. */
  labelLeft: boolean;
  /** The label as drawn: the caption, shortened at a word when it fits nowhere whole. */
  label: string;
  labelWidth: number;
  /** The item runs on before the frame's start or past its end and is cut there. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** The extent packing must keep clear: the shape and a label beside it. */
  span: Span;
}

interface Extent {
  x: number;
  width: number;
  /** Where a label goes beside the shape on its right and on its left (its right end). */
  right: number;
  left: number;
  inside: boolean;
}

/**
 * An item's shape and label in a frame of `scale.width` px. With `clip`, an item running past
 * the frame is cut at its edge; a label goes inside its bar, else beside it where it fits, else
 * shortened at a word, so no label runs out of the frame or over a neighbour.
 */
export function itemShape(
  item: Item,
  scale: TimeScale,
  caption: string,
  metrics: Metrics = SCREEN_METRICS,
  clip = false,
): ItemShape {
  const extent =
    item.type === 'milestone' ? diamond(item, scale, metrics) : bar(item, scale, metrics, clip);
  const days = item.type === 'phase' && clip ? itemDays(item) : null;
  const { side, label, labelWidth } = placeLabel(extent, caption, scale.width, metrics);
  const labelX =
    side === 'inside'
      ? extent.x + metrics.labelPadPx
      : side === 'right'
        ? extent.right
        : extent.left - labelWidth;
  return {
    x: extent.x,
    width: extent.width,
    labelX,
    labelInside: side === 'inside',
    labelLeft: side === 'left',
    label,
    labelWidth,
    clippedStart: days !== null && scale.xOfDay(days.start) < 0,
    clippedEnd: days !== null && scale.xOfDay(days.end) + scale.pxPerDay > scale.width,
    span:
      side === 'inside'
        ? { x0: extent.x, x1: extent.x + extent.width }
        : side === 'right'
          ? { x0: extent.x, x1: extent.right + labelWidth }
          : { x0: labelX, x1: extent.x + extent.width },
  };
}

function diamond(item: Item, scale: TimeScale, m: Metrics): Extent {
  const center = scale.xOfDay(itemDays(item).start) + scale.pxPerDay / 2;
  const x = center - m.diamondPx / 2;
  const gap = m.labelPadPx / 2;
  return { x, width: m.diamondPx, right: x + m.diamondPx + gap, left: x - gap, inside: false };
}

function bar(item: Item, scale: TimeScale, m: Metrics, clip: boolean): Extent {
  const { start, end } = itemDays(item);
  let x0 = scale.xOfDay(start);
  let x1 = scale.xOfDay(end) + scale.pxPerDay;
  if (clip) [x0, x1] = [Math.max(0, x0), Math.min(scale.width, x1)];
  const width = Math.max(m.minBarPx, x1 - x0);
  return { x: x0, width, right: x0 + width + m.labelPadPx, left: x0 - m.labelPadPx, inside: true };
}

/** Inside the bar, else beside it on the right, else on the left; shortened where it fits best. */
function placeLabel(e: Extent, raw: string, frameWidth: number, m: Metrics) {
  const font = m.labelFontPx;
  const { text: caption, width: full } = measureCaption(raw, font);
  const innerRoom = e.inside ? e.width - 2 * m.labelPadPx : -1;
  const rightRoom = Math.max(frameWidth, e.right) - e.right;
  const leftRoom = e.left;
  if (!caption) return { side: 'inside' as const, label: '', labelWidth: 0 };
  if (innerRoom >= full) return { side: 'inside' as const, label: caption, labelWidth: full };
  if (rightRoom >= full) return { side: 'right' as const, label: caption, labelWidth: full };
  if (leftRoom >= full) return { side: 'left' as const, label: caption, labelWidth: full };
  const room = Math.max(innerRoom, rightRoom, leftRoom);
  const label = shortenAtWord(caption, room, font) ?? '';
  const side = room === innerRoom ? 'inside' : room === rightRoom ? 'right' : 'left';
  return { side, label, labelWidth: estimateTextWidth(label, font) } as const;
}

/**
 * The label's x when the frame starts at `frameLeft` (the screen's scroll position): a label
 * inside a bar that begins before the frame moves right with the frame, within its bar.
 */
export function stickyLabelX(shape: ItemShape, frameLeft: number, m: Metrics): number {
  if (!shape.labelInside || shape.x >= frameLeft) return shape.labelX;
  const last = shape.x + shape.width - m.labelPadPx - shape.labelWidth;
  return Math.max(shape.labelX, Math.min(frameLeft + m.labelPadPx, last));
}

/**
 * `frameLeft` as far as the shape's label follows it, or undefined where the label stays put: a
 * scroll step that moves no label changes nothing to draw. `stickyLabelX` gives the same x for it.
 */
export function labelFrameLeft(
  shape: ItemShape,
  frameLeft: number,
  m: Metrics,
): number | undefined {
  // A mark with no label (a collapsed lane's) has nothing to follow the frame.
  if (!shape.label) return undefined;
  const x = stickyLabelX(shape, frameLeft, m);
  return x === shape.labelX ? undefined : x - m.labelPadPx;
}
