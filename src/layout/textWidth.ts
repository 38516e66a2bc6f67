/** Average glyph advance of the UI fonts as a share of the font size; measured, slightly generous. */
const AVERAGE_ADVANCE = 0.58;

/** A deterministic text width estimate in px, so layout needs no DOM and tests no fonts. */
export const estimateTextWidth = (text: string, fontPx: number): number =>
  Math.ceil(text.length * fontPx * AVERAGE_ADVANCE);
