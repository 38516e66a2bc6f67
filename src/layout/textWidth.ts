/** Average glyph advance of the UI fonts as a share of the font size; measured, slightly generous. */
const AVERAGE_ADVANCE = 0.58;

/** A deterministic text width estimate in px, so layout needs no DOM and tests no fonts. */
export const estimateTextWidth = (text: string, fontPx: number): number =>
  Math.ceil(text.length * fontPx * AVERAGE_ADVANCE);

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
  const fits = Math.max(0, Math.floor(maxPx / (fontPx * AVERAGE_ADVANCE)) - 1);
  return `${text.slice(0, fits).trimEnd()}…`;
}
