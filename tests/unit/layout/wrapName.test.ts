import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/seededRandom';
import {
  loadHyphenator,
  NO_HYPHENATION,
  SOFT_HYPHEN,
  type Hyphenate,
} from '../../../src/layout/hyphenation';
import { estimateTextWidth } from '../../../src/layout/textWidth';
import { hyphenateText, wrapName } from '../../../src/layout/wrapName';

let fi: Hyphenate;
let sv: Hyphenate;
let en: Hyphenate;
beforeAll(async () => {
  [fi, sv, en] = await Promise.all([
    loadHyphenator('fi'),
    loadHyphenator('sv'),
    loadHyphenator('en'),
  ]);
});

const LETTER = /[\p{L}\p{M}]/u;

/** The offsets in `text` (words split on spaces) where `hyphenate` allows a word to break. */
function allowedBreaks(text: string, hyphenate: Hyphenate): Set<number> {
  const breaks = new Set<number>();
  for (const match of text.matchAll(/\S+/g)) {
    let offset = match.index;
    const chars = [...hyphenate(match[0])];
    chars.forEach((char, index) => {
      if (char === SOFT_HYPHEN) return breaks.add(offset);
      offset += char.length;
      const [previous, next] = [chars[index - 1], chars[index + 1]];
      if (char === '-' && previous && LETTER.test(previous) && next && LETTER.test(next))
        breaks.add(offset);
    });
  }
  return breaks;
}

interface Placed {
  line: string;
  start: number;
  end: number;
}

/**
 * Where each line came from in `text` (single spaces between words), or an error naming the first
 * line that is not the text's next run: a line ends at a word's end, at a hard hyphen in the word,
 * or with a "-" added at a break inside a word.
 */
function place(lines: readonly string[], text: string): Placed[] {
  const placed: Placed[] = [];
  let at = 0;
  for (const line of lines) {
    const next = (end: number) => text[end];
    if (text.startsWith(line, at) && (next(at + line.length) ?? ' ') === ' ') {
      placed.push({ line, start: at, end: at + line.length });
      at += line.length + 1;
    } else if (text.startsWith(line, at) && line.endsWith('-')) {
      placed.push({ line, start: at, end: at + line.length });
      at += line.length;
    } else if (line.endsWith('-') && text.startsWith(line.slice(0, -1), at)) {
      placed.push({ line, start: at, end: at + line.length - 1 });
      at += line.length - 1;
    } else throw new Error(`line ${JSON.stringify(line)} is not the text at ${at}`);
  }
  if (at < text.length) throw new Error(`the lines end at ${at} of ${text.length}`);
  return placed;
}

/** Every property a wrapping must have; returns the lines for further checks. */
function checkWrap(text: string, maxPx: number, fontPx: number, hyphenate: Hyphenate): string[] {
  const lines = wrapName(text, maxPx, fontPx, hyphenate);
  const words = text.split(/\s+/).filter(Boolean);
  const plain = words.join(' ');
  const breaks = allowedBreaks(plain, hyphenate);
  for (const line of lines) {
    expect(line).not.toContain(SOFT_HYPHEN);
    expect(line).not.toBe('');
    expect(line).toBe(line.trim());
  }
  const placed = place(lines, plain);
  for (const { line, start, end } of placed) {
    // A line that ends inside a word ends where the word may break.
    if (end < plain.length && plain[end] !== ' ') expect(breaks.has(end), line).toBe(true);
    if (estimateTextWidth(line, fontPx) > maxPx) {
      // Too wide only as one unbreakable piece: no space and no break point inside it.
      expect(line, `${line} in ${maxPx}px`).not.toContain(' ');
      for (let offset = start + 1; offset < end; offset++)
        expect(breaks.has(offset), `${line} could break at ${offset}`).toBe(false);
    }
  }
  return lines;
}

describe('wrapName', () => {
  it('breaks a long Finnish word only between syllables, with a hyphen at each line end', () => {
    const lines = checkWrap('toimialariippumattomat', 75, 13, fi);
    expect(lines).toEqual(['toimialariip-', 'pumattomat']);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(lines.at(-1)?.endsWith('-')).toBe(false);
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe('toimialariippumattomat');
  });

  it('drops a soft hyphen the user typed from a name that fits on one line', () => {
    expect(wrapName('Tieto\u00adhallinto', 400, 13, fi)).toEqual(['Tietohallinto']);
  });

  it('never breaks "Hallinnolliset" as "Hallinnollis-et"', () => {
    expect(checkWrap('Hallinnolliset tehtävät', 80, 13, fi)).toEqual([
      'Hallinnolliset',
      'tehtävät',
    ]);
    expect(checkWrap('Hallinnolliset tehtävät', 75, 13, fi)).toEqual([
      'Hallinnolli-',
      'set tehtävät',
    ]);
    expect(checkWrap('Hallinnolliset tehtävät', 50, 13, fi)).toEqual([
      'Hallin-',
      'nolliset',
      'tehtävät',
    ]);
    for (let maxPx = 20; maxPx <= 200; maxPx++)
      for (const line of checkWrap('Hallinnolliset tehtävät', maxPx, 13, fi))
        expect(line).not.toMatch(/lis-$|^et\b/);
  });

  it('puts a word whole on the next line when it fits there and this line is not short', () => {
    // "Hallinnolliset" fits on its own line; "tehtävät" fits whole below it.
    expect(checkWrap('Hallinnolliset tehtävät', 120, 13, fi)).toEqual([
      'Hallinnolliset',
      'tehtävät',
    ]);
    const wide = checkWrap('Hallinnolliset tehtävät', 200, 13, fi);
    expect(wide).toEqual(['Hallinnolliset tehtävät']);
  });

  it('breaks a word to fill a badly short line', () => {
    // "Sosiaali- ja" alone would leave a third of the line empty: "ter-" goes up beside it.
    expect(checkWrap('Sosiaali- ja terveydenhuollon tietojärjestelmät', 100, 13, fi)).toEqual([
      'Sosiaali- ja ter-',
      'veydenhuollon',
      'tietojärjestelmät',
    ]);
    expect(checkWrap('Sosiaali- ja terveydenhuollon tietojärjestelmät', 84, 13, fi)).toEqual([
      'Sosiaali- ja',
      'terveyden-',
      'huollon tieto-',
      'järjestelmät',
    ]);
  });

  it('breaks after a hard hyphen without adding a second one', () => {
    expect(checkWrap('Toimenpide-ehdotukset', 88, 13, fi)).toEqual(['Toimenpide-', 'ehdotukset']);
    expect(checkWrap('ICT-infra ja TORI', 40, 13, fi)).toEqual(['ICT-', 'infra', 'ja', 'TORI']);
    expect(checkWrap('Asiakas- ja potilastietojärjestelmä', 84, 13, fi)).toEqual([
      'Asiakas- ja',
      'potilastieto-',
      'järjestelmä',
    ]);
  });

  it('gives a word with no break point its own line, whole, however narrow the line', () => {
    expect(checkWrap('ja ASIAKASTIETOVARANTO on', 60, 13, fi)).toEqual([
      'ja',
      'ASIAKASTIETOVARANTO',
      'on',
    ]);
    expect(checkWrap('toimialariippumattomat', 88, 13, NO_HYPHENATION)).toEqual([
      'toimialariippumattomat',
    ]);
    // Narrower than any syllable: each piece on a line of its own, none cut.
    expect(checkWrap('toimialariippumattomat', 10, 13, fi)).toEqual([
      'toi-',
      'mia-',
      'la-',
      'riip-',
      'pu-',
      'mat-',
      'to-',
      'mat',
    ]);
  });

  it('keeps lines within the width unless a line is one unbreakable piece', () => {
    const names = [
      'Hallinnolliset tehtävät',
      'toimialariippumattomat',
      'Sosiaali- ja terveydenhuollon tietojärjestelmät',
      'Talous- ja henkilöstöhallinnon järjestelmät',
      'ICT-infra',
    ];
    for (const name of names)
      for (let maxPx = 10; maxPx <= 240; maxPx += 3)
        for (const fontPx of [11, 13, 16]) checkWrap(name, maxPx, fontPx, fi);
  });

  it('wraps Swedish lane names', () => {
    expect(checkWrap('Hälsovårdens informationssystem', 84, 13, sv)).toEqual([
      'Hälsovår-',
      'dens infor-',
      'mationssy-',
      'stem',
    ]);
    expect(checkWrap('Administrativa uppgifter', 84, 13, sv)).toEqual([
      'Administrati-',
      'va uppgifter',
    ]);
  });

  it('wraps English lane names', () => {
    expect(checkWrap('Social and health care information systems', 88, 13, en)).toEqual([
      'Social and',
      'health care',
      'information',
      'systems',
    ]);
    expect(checkWrap('Infrastructure procurement', 60, 13, en)).toEqual([
      'Infra-',
      'structure',
      'procure-',
      'ment',
    ]);
  });

  it('uses soft hyphens the writer put in, and shows none', () => {
    const text = `tietojärjes${SOFT_HYPHEN}telmät`;
    expect(wrapName(text, 88, 13, NO_HYPHENATION)).toEqual(['tietojärjes-', 'telmät']);
  });

  it('gives no lines for an empty or blank text', () => {
    expect(wrapName('', 88, 13, fi)).toEqual([]);
    expect(wrapName('  \t ', 88, 13, fi)).toEqual([]);
  });

  it('holds for random names in every language', () => {
    const random = seededRandom(20240615);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const syllables = ['ta', 'lo', 'kes', 'kus', 'jär', 'jes', 'tel', 'mä', 'hal', 'lin', 'to'];
    const more = ['mi', 'a', 'la', 'riip', 'pu', 'mat', 'hy', 'vin', 'voin', 'ti', 'ää', 'öl'];
    const english = ['in', 'for', 'ma', 'tion', 'sys', 'tem', 'ser', 'vice', 'pro', 'cure'];
    const parts = [...syllables, ...more, ...english];
    const codes = ['TORI', 'TOSI', 'ICT', 'X2', '2022', 'SOTE', 'ja', 'och', 'and', '–'];
    const word = (): string => {
      const roll = random();
      if (roll < 0.15) return pick(codes);
      let text = '';
      const count = 1 + Math.floor(random() * 9);
      for (let i = 0; i < count; i++) text += pick(parts);
      if (random() < 0.3) text = text[0]?.toUpperCase() + text.slice(1);
      if (roll < 0.25) text += '-';
      else if (roll < 0.35) text = `${text}-${word()}`;
      else if (roll < 0.4) text += pick([',', '.', ')', ':n']);
      return text;
    };
    const hyphenators = [fi, sv, en];
    for (let run = 0; run < 500; run++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 5) }, word);
      const text = words.join(random() < 0.2 ? '  ' : ' ');
      const maxPx = 10 + Math.floor(random() * 200);
      const fontPx = 9 + Math.floor(random() * 8);
      const hyphenate = pick(hyphenators);
      const lines = checkWrap(text, maxPx, fontPx, hyphenate);
      expect(lines.length).toBeGreaterThan(0);
    }
  });
});

describe('hyphenateText', () => {
  it('hyphenates each word and keeps the spacing', () => {
    const text = hyphenateText('Hallinnolliset  tehtävät ja TORI', fi);
    expect(text.replaceAll(SOFT_HYPHEN, '|')).toBe('Hal|lin|nol|li|set  teh|tä|vät ja TORI');
    expect(text.replaceAll(SOFT_HYPHEN, '')).toBe('Hallinnolliset  tehtävät ja TORI');
    expect(hyphenateText('Sosiaali- ja terveydenhuolto', NO_HYPHENATION)).toBe(
      'Sosiaali- ja terveydenhuolto',
    );
  });
});

describe('wrapName and amounts', () => {
  it.each([
    [
      'the thousands and the unit stay on one line',
      'Rahoitus 942 086 €',
      90,
      ['Rahoitus', '942\u00a0086\u00a0€'],
    ],
    [
      'a sum with an unknown part is one word',
      'Täydentävät rahoitushaut 23,4 + X M€',
      100,
      ['Täydentävät', 'rahoitushaut', '23,4\u00a0+\u00a0X\u00a0M€'],
    ],
    [
      'an amount longer than the line gets one of its own, whole',
      'Rahoitus 1 250 000 €',
      40,
      ['Rahoitus', '1\u00a0250\u00a0000\u00a0€'],
    ],
  ])('%s', (_name, text, maxPx, lines) => {
    expect(wrapName(text, maxPx, 11, NO_HYPHENATION)).toEqual(lines);
  });

  it('hyphenates the words joined by a no-break space, each on its own', () => {
    expect(wrapName('Sote\u00a0henkilöstöhallinto', 60, 11, fi)).toEqual([
      'Sote\u00a0hen-',
      'kilöstöhal-',
      'linto',
    ]);
  });

  it('the screen text of a name binds its amounts too', () => {
    expect(hyphenateText('Rahoitus 942 086 €', NO_HYPHENATION)).toBe(
      'Rahoitus 942\u00a0086\u00a0€',
    );
  });
});

describe('a name that fits whole', () => {
  it('is one line of its words and is never hyphenated: most names are short', () => {
    const asked: string[] = [];
    const spy: Hyphenate = (word) => (asked.push(word), fi(word));
    expect(wrapName('Hallinnolliset  tehtävät', 400, 13, spy)).toEqual(['Hallinnolliset tehtävät']);
    expect(wrapName('', 400, 13, spy)).toEqual([]);
    expect(asked).toEqual([]);
    expect(wrapName('Hallinnolliset tehtävät', 90, 13, spy).length).toBeGreaterThan(1);
    expect(asked.length).toBeGreaterThan(0);
  });
});
