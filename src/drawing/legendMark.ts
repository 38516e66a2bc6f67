import type { Metrics } from '../layout/metrics';
import { estimateTextWidth } from '../layout/textWidth';
import { px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface LegendEntry {
  glyph: string;
  text: string;
}

/** The key under a picture: entries in a line, wrapping to more lines when the width runs out. */
export function legendMark(
  title: string,
  entries: readonly LegendEntry[],
  width: number,
  theme: Theme,
  m: Metrics,
): { shapes: Shape[]; height: number } {
  const font = m.legendFontPx;
  const line = Math.round(font * 1.6);
  const gap = 2 * font;
  const left = 16 * m.k;
  const shapes: Shape[] = [
    shape(
      'text',
      { x: px(left), y: px(font * 1.2), 'font-size': font, 'font-weight': 700, fill: theme.ink },
      title,
    ),
  ];
  let x = left + estimateTextWidth(title, font) + gap;
  let y = font * 1.2;
  for (const entry of entries) {
    const text = `${entry.glyph} ${entry.text}`.trim();
    const w = estimateTextWidth(text, font);
    if (x + w > width - left) [x, y] = [left, y + line];
    shapes.push(shape('text', { x: px(x), y: px(y), 'font-size': font, fill: theme.ink }, text));
    x += w + gap;
  }
  return { shapes, height: Math.ceil(y + line * 0.6) };
}
