import { SOFT_HYPHEN, type Hyphenate } from './hyphenation';
import { BREAKING_SPACES, NO_BREAK_SPACE, noBreakAmounts } from './noBreakAmounts';
import { estimateTextWidth } from './textWidth';

/**
 * A line filled to less than this share of the width is badly short: rather than leave it so, the
 * next word is broken at a hyphenation point to fill it, even when that word would fit whole below.
 */
const BADLY_SHORT = 1 / 3;

/** A piece of a word between two break points; `mark` is what a line ending after it adds. */
interface Piece {
  text: string;
  mark: '' | '-';
}

const HARD_HYPHENS = new Set(['-', '\u2010']);
const LETTER = /[\p{L}\p{M}]/u;

/**
 * The word's pieces: it may break after a soft hyphen, which the line end shows as "-", and after
 * a hard hyphen between letters ("Sosiaali-", "ICT-infra"), which already shows one.
 */
function pieces(hyphenated: string): Piece[] {
  const result: Piece[] = [];
  let text = '';
  const chars = [...hyphenated];
  chars.forEach((char, index) => {
    if (char === SOFT_HYPHEN) {
      if (text) result.push({ text, mark: '-' });
      text = '';
      return;
    }
    text += char;
    const next = chars[index + 1];
    const previous = chars[index - 1];
    if (
      HARD_HYPHENS.has(char) &&
      previous !== undefined &&
      LETTER.test(previous) &&
      next !== undefined &&
      LETTER.test(next)
    ) {
      result.push({ text, mark: '' });
      text = '';
    }
  });
  if (text) result.push({ text, mark: '' });
  return result;
}

const joined = (parts: readonly Piece[]): string => parts.map((piece) => piece.text).join('');

/** The words a line may break between: amounts ("942 086 €") hold together as one. */
const words = (text: string): string[] =>
  noBreakAmounts(text).split(BREAKING_SPACES).filter(Boolean);

/** Each part of a no-break group hyphenated on its own: the no-break space is no letter. */
const hyphenateWord = (word: string, hyphenate: Hyphenate): string =>
  word.split(NO_BREAK_SPACE).map(hyphenate).join(NO_BREAK_SPACE);

/**
 * The text in lines no wider than `maxPx` at `fontPx` (by `estimateTextWidth`), filled greedily.
 * A word goes whole onto a line when it fits there. One wider than the line, or one that would
 * leave the line before it badly short, is broken at a hyphenation point with "-" at the line end
 * (none added after a hard hyphen). A piece with no break point that is still too wide gets a line
 * of its own, whole: a word is never cut where `hyphenate` has no break. No line holds U+00AD.
 * Amounts keep no-break spaces (`noBreakAmounts`), in the decisions and in the lines.
 */
export function wrapName(
  text: string,
  maxPx: number,
  fontPx: number,
  hyphenate: Hyphenate,
): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontPx) <= maxPx;
  // What fits whole is one line of its words, as filling would give it: most names are short,
  // and hyphenating them first is most of a first draw's name column.
  const single = words(text).join(' ').replaceAll(SOFT_HYPHEN, '');
  if (fits(single)) return single ? [single] : [];
  const lines: string[] = [];
  let line = '';
  const finishLine = () => {
    lines.push(line);
    line = '';
  };

  for (const word of words(text)) {
    let rest = pieces(hyphenateWord(word, hyphenate));
    while (rest.length > 0) {
      const lead = line ? `${line} ` : '';
      const whole = joined(rest);
      if (fits(lead + whole)) {
        line = lead + whole;
        break;
      }
      const tooWide = !fits(whole);
      const badlyShort = estimateTextWidth(line, fontPx) < maxPx * BADLY_SHORT;
      if (line && !tooWide && !badlyShort) {
        finishLine();
        continue;
      }
      // The longest head of the word that fits on this line with its line-end mark.
      let head = 0;
      for (let count = rest.length - 1; count > 0; count--) {
        const last = rest[count - 1] as Piece;
        if (fits(lead + joined(rest.slice(0, count)) + last.mark)) {
          head = count;
          break;
        }
      }
      if (head === 0 && line) {
        finishLine(); // nothing of the word fits here: try it on a line of its own
        continue;
      }
      // On an empty line even the first piece is too wide: it gets the line to itself.
      if (head === 0) head = rest.length > 1 ? 1 : 0;
      if (head === 0) {
        line = whole;
        finishLine();
        break;
      }
      const last = rest[head - 1] as Piece;
      line = lead + joined(rest.slice(0, head)) + last.mark;
      finishLine();
      rest = rest.slice(head);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Each word of the text hyphenated, for the screen, where CSS `hyphens: manual` breaks at them. */
export function hyphenateText(text: string, hyphenate: Hyphenate): string {
  return noBreakAmounts(text).replace(/[^\s]+/g, (word) => hyphenate(word));
}
