export const NO_BREAK_SPACE = '\u00a0';

/** A space a line may break at: any white space but the no-break ones (U+00A0, U+202F). */
export const BREAKING_SPACE = /[^\S\u00a0\u202f]/u;
export const BREAKING_SPACES = /[^\S\u00a0\u202f]+/u;

const SPACE = String.raw`[ \u00a0\u202f]`;
/** "942 086" (groups of three after the first), "23,4", "2022"; "X" stands for a sum not yet known. */
const TERM = String.raw`(?:\d{1,3}(?:${SPACE}\d{3})+(?!\d)|\d+)(?:[,.]\d+)?|X`;
/** "942 086 €", "23,4 + X M€", "12,4 k€", "55 %": terms summed, then their unit. */
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${TERM})(?:${SPACE}*\+${SPACE}*(?:${TERM}))*${SPACE}*(?:[Mk]?€|%)(?![\p{L}\p{N}])`,
  'gu',
);
/** A number grouped in thousands with no unit after it: "11 500 henkilöä". */
const GROUPED = new RegExp(String.raw`(?<![\p{N},.])\d{1,3}(?:${SPACE}\d{3})+(?![\p{N}])`, 'gu');

/**
 * Whatever AMOUNT or GROUPED matches holds one of these: a unit, or a digit group after a space
 * (not "2 15.2.2026", a label's number before a milestone's date, which is most of them).
 */
const MAY_BIND = /[€%]|\d[ \u00a0\u202f]\d{3}/u;

const bind = (match: string) => match.replaceAll(' ', NO_BREAK_SPACE);

/**
 * Results so far: layout asks again for every label at every zoom step, and the two regular
 * expressions cost more than the rest of placing a label. Emptied when full, so memory stays bounded.
 */
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;

/**
 * The text with no-break spaces inside amounts, where Finnish writes plain ones: between digit
 * groups and before the unit, so "942 086 €" never ends a line or a shortened label at "942".
 */
export function noBreakAmounts(text: string): string {
  // Both patterns need a unit, or a digit, a space and three digits: most labels ("Testaus 12",
  // "Vaihe 2 15.2.2026") have neither, and a first layout of thousands of them skips them.
  if (!MAY_BIND.test(text)) return text;
  let bound = memo.get(text);
  if (bound === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, (bound = text.replace(AMOUNT, bind).replace(GROUPED, bind)));
  }
  return bound;
}
