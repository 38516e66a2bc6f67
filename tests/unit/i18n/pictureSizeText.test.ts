import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/i18n/languages';
import { pictureReducedText, pictureTooLargeText } from '../../../src/i18n/pictureSizeText';
import { tOf } from '../../factories/messages';

const ROLLUP = { width: 1920, height: 130_002 };
const REDUCED = { width: 1741, height: 32_767 };
const NBSP = '\u00a0';

describe('pictureTooLargeText', () => {
  it.each<[Language, string, RegExp]>([
    ['fi', `1${NBSP}920 × 130${NBSP}002 pikseliä`, /SVG-kuvana, tulosta se .* esitä se/],
    ['sv', `1${NBSP}920 × 130${NBSP}002 pixlar`, /SVG-bild, skriv ut den .* presentera den/],
    ['en', '1,920 × 130,002 pixels', /SVG picture, print it .* present it/],
  ])('%s names the size in its own digits and what to do instead', (language, size, instead) => {
    const text = pictureTooLargeText(ROLLUP, tOf(language), language);
    expect(text).toContain(size);
    expect(text).toMatch(instead);
    expect(text).not.toMatch(/\{|encoding|canvas/i);
  });
});

describe('pictureReducedText', () => {
  it.each<[Language, string]>([
    ['fi', `pienemmällä tarkkuudella: 1${NBSP}741 × 32${NBSP}767 pikseliä`],
    ['sv', `lägre skärpa än vanligt: 1${NBSP}741 × 32${NBSP}767 pixlar`],
    ['en', 'lower resolution than usual: 1,741 × 32,767 pixels'],
  ])('%s says the PNG is less sharp, and how large it is', (language, said) => {
    expect(pictureReducedText(REDUCED, tOf(language), language)).toContain(said);
  });
});
