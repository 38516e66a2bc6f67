/**
 * Which characters plan text may hold. Everything a plan says ends up in SVG (XML), PNG text
 * chunks, print and file names, so text that XML 1.0 or Unicode itself rules out never gets in:
 *
 * - no noncharacters (U+FDD0–U+FDEF, and U+xFFFE / U+xFFFF in every plane),
 * - no lone surrogates (half of a UTF-16 pair),
 * - no C1 controls or DEL (U+007F–U+009F),
 * - no C0 controls (U+0000–U+001F); multi-line text (notes) may hold tab, line feed and carriage
 *   return.
 */

const COMMON =
  '[\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff]' +
  // U+xFFFE and U+xFFFF of planes 1–16 as UTF-16 pairs: a high surrogate ending in 3F, 7F, BF, FF.
  '|[\\ud83f\\ud87f\\ud8bf\\ud8ff\\ud93f\\ud97f\\ud9bf\\ud9ff\\uda3f\\uda7f\\udabf\\udaff\\udb3f\\udb7f\\udbbf\\udbff][\\udffe\\udfff]' +
  '|[\\ud800-\\udbff](?![\\udc00-\\udfff])' +
  '|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

const SINGLE_LINE_BAD = new RegExp(`[\\u0000-\\u001f]|${COMMON}`);
const MULTI_LINE_BAD = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f]|${COMMON}`);

/** A code point as Unicode writes it: U+FFFF, U+1FFFE. */
export const codePointName = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character `text` may not hold, as U+XXXX, or null when every character is allowed. */
export function firstBadCharacter(text: string, multiline = false): string | null {
  const match = (multiline ? MULTI_LINE_BAD : SINGLE_LINE_BAD).exec(text);
  return match ? codePointName(match[0].codePointAt(0) as number) : null;
}
