import { textAdvance } from './glyphWidths';

/**
 * Room for the font actually drawn (Segoe UI on Windows, Arial or Liberation Sans elsewhere) and
 * for a bold label: a label placed by this estimate never runs into its neighbour.
 */
const SAFETY = 1.08;

/** A bold glyph's advance over the regular one's, for bold names measured with regular widths. */
export const BOLD_ADVANCE = 1.08;

/**
 * A deterministic text width in px from the font's glyph widths, so layout needs no DOM and tests
 * no fonts. An average per character was 25–30 % too wide for Finnish text: labels beside a
 * milestone stood far from it and were shortened where the whole text fitted.
 */
export function estimateTextWidth(text: string, fontPx: number): number {
  return Math.ceil((textAdvance(text) / 1000) * fontPx * SAFETY);
}

/** Words packed into lines no wider than `maxPx` (a single long word gets a line of its own). */
export function wrapText(text: string, maxPx: number, fontPx: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontPx) <= maxPx)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The text cut to fit `maxPx`, with an ellipsis where it was cut. */
export function truncateText(text: string, maxPx: number, fontPx: number): string {
  if (estimateTextWidth(text, fontPx) <= maxPx) return text;
  const chars = [...text];
  let fits = chars.length;
  while (fits > 0 && estimateTextWidth(`${chars.slice(0, fits).join('')}…`, fontPx) > maxPx) fits--;
  return `${chars.slice(0, fits).join('').trimEnd()}…`;
}
