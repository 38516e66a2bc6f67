import type { Item } from '../domain/planSchema';
import { itemDays } from './itemDays';
import type { Span } from './rowPacking';
import { estimateTextWidth } from './textWidth';
import type { TimeScale } from './timeScale';

export const LABEL_FONT_PX = 13;
/** Space between a shape and a label beside it, and inside a bar around its label, in px. */
export const LABEL_PAD_PX = 6;
export const DIAMOND_PX = 14;
/** Bars stay visible and clickable however far out the zoom is. */
export const MIN_BAR_PX = 3;

/** Where an item and its label go horizontally; all px from the scale's left edge. */
export interface ItemShape {
  x: number;
  width: number;
  labelX: number;
  labelInside: boolean;
  /** The extent packing must keep clear: the shape and a label beside it. */
  span: Span;
}

export function itemShape(item: Item, scale: TimeScale, label: string): ItemShape {
  const labelWidth = estimateTextWidth(label, LABEL_FONT_PX);
  if (item.type === 'milestone') {
    const center = scale.xOfDay(itemDays(item).start) + scale.pxPerDay / 2;
    const x = center - DIAMOND_PX / 2;
    const labelX = center + DIAMOND_PX / 2 + LABEL_PAD_PX / 2;
    return {
      x,
      width: DIAMOND_PX,
      labelX,
      labelInside: false,
      span: { x0: x, x1: labelX + labelWidth },
    };
  }
  const { start, end } = itemDays(item);
  const x = scale.xOfDay(start);
  const width = Math.max(MIN_BAR_PX, scale.xOfDay(end) + scale.pxPerDay - x);
  const labelInside = width >= labelWidth + 2 * LABEL_PAD_PX;
  const labelX = labelInside ? x + LABEL_PAD_PX : x + width + LABEL_PAD_PX;
  return {
    x,
    width,
    labelX,
    labelInside,
    span: { x0: x, x1: labelInside ? x + width : labelX + labelWidth },
  };
}
