import type { Metrics } from '../layout/metrics';
import { estimateTextWidth } from '../layout/textWidth';
import { shortenAtWord } from '../layout/shortenText';
import { px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface TitleBlock {
  title: string;
  subtitle: string;
  /** The classification in capitals, boxed at the right. */
  classification: string;
}

/** The title, subtitle and classification box at the top of a picture or slide. */
export function titleBlockMark(
  block: TitleBlock,
  width: number,
  theme: Theme,
  m: Metrics,
): { shapes: Shape[]; height: number } {
  const pad = 16 * m.k;
  const boxWidth = estimateTextWidth(block.classification, m.subtitleFontPx) * 1.15 + 2 * pad;
  const room = width - boxWidth - 3 * pad;
  const title = shortenAtWord(block.title, room, m.titleFontPx) ?? block.title;
  const titleY = pad + m.titleFontPx * 0.85;
  const subtitleY = titleY + m.subtitleFontPx * 1.6;
  return {
    height: Math.ceil(subtitleY + m.subtitleFontPx),
    shapes: [
      shape(
        'text',
        {
          x: px(pad),
          y: px(titleY),
          'font-size': m.titleFontPx,
          'font-weight': 700,
          fill: theme.ink,
        },
        title,
      ),
      shape(
        'text',
        { x: px(pad), y: px(subtitleY), 'font-size': m.subtitleFontPx, fill: theme.inkSoft },
        block.subtitle,
      ),
      shape('rect', {
        x: px(width - boxWidth - pad),
        y: px(pad * 0.8),
        width: px(boxWidth),
        height: px(m.subtitleFontPx * 2),
        fill: 'none',
        stroke: theme.ink,
        'stroke-width': 2,
      }),
      shape(
        'text',
        {
          x: px(width - boxWidth / 2 - pad),
          y: px(pad * 0.8 + m.subtitleFontPx),
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
          'font-size': m.subtitleFontPx,
          'font-weight': 700,
          fill: theme.ink,
        },
        block.classification,
      ),
    ],
  };
}
