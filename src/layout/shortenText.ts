import { BREAKING_SPACE, noBreakAmounts } from './noBreakAmounts';
import { estimateTextWidth } from './textWidth';

const ELLIPSIS = '…';

/**
 * Whether the hyphen at `i` may end a line-like prefix: it must be followed by a letter and
 * close a word part with a lowercase letter and at least two letters ("Sote-|uudistus",
 * "Kela-|kortti"). An acronym's hyphen is not a break: "ICT-infra" and "EU-hanke" are one word,
 * since "ICT-…" says nothing.
 */
function breaksAfterHyphen(text: string, i: number): boolean {
  if (!/^\p{L}$/u.test(text[i + 1] ?? '')) return false;
  let start = i;
  while (start > 0 && !/[\s-]/u.test(text[start - 1] as string)) start--;
  const part = text.slice(start, i);
  return /\p{Ll}/u.test(part) && (part.match(/\p{L}/gu)?.length ?? 0) >= 2;
}

/** The prefixes of `text` that end at a word boundary, shortest first, without trailing space. */
function wordPrefixes(text: string): string[] {
  const prefixes: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let prefix: string | undefined;
    if (BREAKING_SPACE.test(ch)) prefix = text.slice(0, i).trimEnd();
    else if (ch === '-' && breaksAfterHyphen(text, i)) prefix = text.slice(0, i + 1);
    if (prefix && prefix.trim() && prefix !== prefixes.at(-1)) prefixes.push(prefix);
  }
  return prefixes;
}

/**
 * `text` if it fits in `maxPx` at `fontPx` (by `estimateTextWidth`); otherwise the longest prefix
 * of whole words followed by "…" that fits; null when not even the first word and "…" fit.
 * Words break at spaces, and after a hyphen that joins two words ("Sote-…"), never inside a
 * word, after an acronym's hyphen ("ICT-infra") or inside an amount ("942 086 €", which comes
 * back with no-break spaces, as drawn).
 */
export function shortenAtWord(raw: string, maxPx: number, fontPx: number): string | null {
  const text = noBreakAmounts(raw);
  if (estimateTextWidth(text, fontPx) <= maxPx) return text;
  let best: string | null = null;
  for (const prefix of wordPrefixes(text)) {
    const candidate = `${prefix}${ELLIPSIS}`;
    if (estimateTextWidth(candidate, fontPx) > maxPx) break;
    best = candidate;
  }
  return best;
}
