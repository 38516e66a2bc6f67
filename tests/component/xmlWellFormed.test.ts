import { describe, expect, it } from 'vitest';
import { element, escapeXml } from '../../src/export/xml';

const SVG_NS = 'http://www.w3.org/2000/svg';
const parses = (xml: string) =>
  new DOMParser().parseFromString(xml, 'image/svg+xml').getElementsByTagName('parsererror')
    .length === 0;

/** Every BMP code unit (lone surrogates included) and a few beyond, in one string. */
const EVERYTHING = [
  ...Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit)),
  '\u{1f9ed}',
  '\u{10ffff}',
].join('');

describe('escaped text in an SVG document', () => {
  it('the parser refuses U+FFFF unescaped (the check is real)', () => {
    expect(parses(`<svg xmlns="${SVG_NS}"><text>a\uffffb</text></svg>`)).toBe(false);
  });

  it('parses with every code point in a text node and in an attribute', () => {
    const svg = element('svg', { xmlns: SVG_NS, 'aria-label': EVERYTHING }, [
      element('text', {}, escapeXml(EVERYTHING)),
    ]);
    expect(parses(svg)).toBe(true);
  });

  it.each(['\uffff', '\ufffe', '\ud800', '\udfff', '\u0000', '\u001b'])(
    'parses a label holding %j',
    (char) => {
      expect(parses(element('svg', { xmlns: SVG_NS }, escapeXml(`KESÄ${char}TAUKO`)))).toBe(true);
    },
  );
});
