/**
 * Advance widths of Arial (and its metric twin Liberation Sans, the drawings' fallback font) in
 * thousandths of the font size, from its font metrics; Segoe UI runs within a few per cent of it.
 */
const ASCII_WIDTHS =
  // space ! " # $ % & ' ( ) * + , - . /
  '278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 ' +
  // 0-9 : ; < = > ? @
  '556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556 1015 ' +
  // A-Z
  '667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 ' +
  // [ \ ] ^ _ `
  '278 278 278 469 556 333 ' +
  // a-z
  '556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 ' +
  // { | } ~
  '334 260 334 584';

const WIDTHS = new Map<string, number>(
  ASCII_WIDTHS.split(' ').map((width, i) => [String.fromCharCode(32 + i), Number(width)]),
);
const ACCENTED: Record<string, string> = {
  ä: 'a',
  å: 'a',
  ö: 'o',
  Ä: 'A',
  Å: 'A',
  Ö: 'O',
  é: 'e',
  ü: 'u',
};
const OTHER: Record<string, number> = {
  '\u00a0': 278,
  '…': 1000,
  '–': 556,
  '—': 1000,
  '€': 556,
  '”': 333,
  '“': 333,
  '’': 222,
  '‼': 556,
  '✓': 800,
  '×': 584,
  '→': 1000,
};
/** A character the table does not know is taken as wide as an M-dash less a little: never short. */
const UNKNOWN = 900;

/** One character's advance in thousandths of an em. */
export function glyphWidth(char: string): number {
  return WIDTHS.get(char) ?? WIDTHS.get(ACCENTED[char] ?? '') ?? OTHER[char] ?? UNKNOWN;
}

/** Past the table: a whole em for a character, and for an emoji's pair of code units; never short. */
const WIDE = 1000;
const SURROGATE_HALF = 500;

/** Every advance below U+2800 by code unit: layout measures thousands of labels per zoom step. */
const BY_CODE = new Uint16Array(0x2800).map((_, code) => glyphWidth(String.fromCharCode(code)));

/** A text's advance in thousandths of an em. */
export function textAdvance(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    sum +=
      code < 0x2800
        ? (BY_CODE[code] as number)
        : code >= 0xd800 && code <= 0xdfff
          ? SURROGATE_HALF
          : WIDE;
  }
  return sum;
}
