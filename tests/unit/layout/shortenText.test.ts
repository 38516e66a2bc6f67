import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/seededRandom';
import { shortenAtWord } from '../../../src/layout/shortenText';
import { estimateTextWidth } from '../../../src/layout/textWidth';

const FONT = 11;
/** A text's width at the test's font size: the boundaries below are exact. */
const W = (text: string) => estimateTextWidth(text, FONT);

/** Whether `prefix` ends where `text` has a word boundary: before a space or after a hyphen. */
const endsAtBoundary = (text: string, prefix: string) =>
  text.startsWith(prefix) &&
  prefix.trim() !== '' &&
  prefix === prefix.trimEnd() &&
  (/\s/u.test(text[prefix.length] ?? '') ||
    (prefix.endsWith('-') && /\p{L}/u.test(text[prefix.length] ?? '')));

describe('shortenAtWord', () => {
  it.each<[string, string, number, string | null]>([
    ['a text that fits is left alone', 'TORI', 100, 'TORI'],
    [
      'exactly the full width fits',
      'Tiekartta valmis 1.4.2022',
      W('Tiekartta valmis 1.4.2022'),
      'Tiekartta valmis 1.4.2022',
    ],
    [
      'one px short drops the date',
      'Tiekartta valmis 1.4.2022',
      W('Tiekartta valmis 1.4.2022') - 1,
      'Tiekartta valmis…',
    ],
    [
      'little room keeps the whole first word, not "Ti…"',
      'Tiekartta valmis 1.4.2022',
      80,
      'Tiekartta…',
    ],
    [
      'the first word with "…" at its exact width',
      'Tiekartta valmis 1.4.2022',
      W('Tiekartta…'),
      'Tiekartta…',
    ],
    ['not even the first word: null', 'Tiekartta valmis 1.4.2022', W('Tiekartta…') - 1, null],
    ['an acronym compound is one word', 'ICT-infra käyttöön', W('ICT-infra…'), 'ICT-infra…'],
    [
      'an acronym compound is never cut to "ICT-…"',
      'ICT-infra käyttöön',
      W('ICT-infra…') - 1,
      null,
    ],
    ['a compound may break after its hyphen', 'Sote-uudistus voimaan', W('Sote-…'), 'Sote-…'],
    ['the longer compound prefix when it fits', 'Sote-uudistus voimaan', 90, 'Sote-uudistus…'],
    ['a hyphen before a space ends a word', 'Talous- ja henkilöstöhallinto', 60, 'Talous-…'],
    ['one long word has no shorter form', 'Henkilöstöhallinto', 30, null],
    ['runs of spaces are one break', 'Tiekartta   valmis', 70, 'Tiekartta…'],
    ['no room at all', 'Tiekartta valmis', -5, null],
  ])('%s', (_name, text, maxPx, expected) => {
    expect(shortenAtWord(text, maxPx, FONT)).toBe(expected);
  });

  it('fits, never cuts a word, and gives more text in more room (1,000 random texts)', () => {
    const random = seededRandom(20220401);
    const words = [
      'Tiekartta',
      'valmis',
      'ICT-infra',
      'Sote-uudistus',
      'TORI',
      'e-lasku',
      'ja',
      'Ohjausryhmän',
      'kokous',
      '1.4.2022',
      'Talous-',
    ];
    const failures: string[] = [];
    for (let n = 0; n < 1000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 5) },
        () => words[Math.floor(random() * words.length)] as string,
      ).join(' ');
      const fontPx = 9 + Math.floor(random() * 6);
      const maxPx = Math.floor(random() * 220);
      const shown = shortenAtWord(text, maxPx, fontPx);
      const wider = shortenAtWord(text, maxPx + 10, fontPx);
      const fine =
        shown === null ||
        (estimateTextWidth(shown, fontPx) <= maxPx &&
          (shown === text || (shown.endsWith('…') && endsAtBoundary(text, shown.slice(0, -1)))));
      const monotone = shown === null || (wider !== null && wider.length >= shown.length);
      if (!fine || !monotone)
        failures.push(`${JSON.stringify(text)} @${maxPx}px/${fontPx}: ${shown} / ${wider}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('shortenAtWord and amounts', () => {
  it.each<[string, string, number, string | null]>([
    ['an amount is never cut inside', 'Rahoitus 942 086 € haettu', 110, 'Rahoitus…'],
    [
      'an amount that fits comes whole, with no-break spaces',
      'Rahoitus 942 086 € haettu',
      130,
      'Rahoitus 942\u00a0086\u00a0€…',
    ],
    [
      'a sum with an unknown part is one word',
      'Rahoitus 23,4 + X M€',
      W('Rahoitus 23,4 + X M€') - 1,
      'Rahoitus…',
    ],
    [
      'a text that fits is drawn with no-break spaces',
      '23,4 + X M€',
      100,
      '23,4\u00a0+\u00a0X\u00a0M€',
    ],
  ])('%s', (_name, text, maxPx, expected) => {
    expect(shortenAtWord(text, maxPx, FONT)).toBe(expected);
  });
});
