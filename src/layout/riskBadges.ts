import type { Risk } from '../domain/risks/riskSchema';
import type { Metrics } from './metrics';
import type { PlacedItem } from './roadmapLayout';
import { estimateTextWidth } from './textWidth';

/** A risk badge at an item's top right: the numbers of the open high risks threatening it. */
export interface RiskBadge {
  itemId: string;
  /** The badge's box, in px of the body. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** "3" or "1, 4". */
  text: string;
  fontPx: number;
}

/**
 * Badges for the placed items that open high risks threaten, on the mark's top edge: at a
 * phase's right end (its label starts at the left), at a milestone's left (its label is to the
 * right), or its right when the label stands left. Items in a collapsed lane's summary row get none.
 */
export function riskBadges(
  placed: readonly PlacedItem[],
  threats: ReadonlyMap<string, readonly Risk[]>,
  m: Metrics,
): RiskBadge[] {
  const fontPx = Math.round(m.labelFontPx * 0.8);
  const height = Math.round(fontPx * 1.4);
  const badges: RiskBadge[] = [];
  for (const item of placed) {
    const risks = threats.get(item.item.id);
    if (!risks?.length || item.lane.collapsed) continue;
    const text = risks.map((risk) => risk.number).join(', ');
    const width = Math.max(height, estimateTextWidth(text, fontPx) + fontPx * 0.8);
    const top = item.y + (m.subRowPx - m.barPx) / 2 - height / 2;
    badges.push({
      itemId: item.item.id,
      x:
        item.item.type === 'phase' || item.shape.labelLeft
          ? item.shape.x + item.shape.width - width / 2
          : item.shape.x - width / 2,
      y: Math.max(item.y, top),
      width,
      height,
      text,
      fontPx,
    });
  }
  return badges;
}
