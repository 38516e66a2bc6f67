import { describe, expect, it } from 'vitest';
import { element, escapeXml, text } from '../../../src/export/xml';

/** XML 1.0's Char production, over code points (the u flag); anything else is not well-formed. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
/** Markup that must never come out of escaped text. */
const MARKUP = /[<>&"']/;

/** Every BMP code unit, lone surrogates included, as one string each. */
const BMP = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));

describe('escapeXml', () => {
  it('leaves only XML 1.0 characters and no raw markup for every BMP code point and lone surrogate', () => {
    const bad = BMP.filter((char) => {
      const escaped = escapeXml(`a${char}b`);
      return (
        !XML_CHARS.test(escaped) || MARKUP.test(escaped.replace(/&(amp|lt|gt|quot|apos);/g, ''))
      );
    });
    expect(bad.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['U+FFFF', 'a\uffffb', 'ab'],
    ['U+FFFE', 'a\ufffeb', 'ab'],
    ['a lone high surrogate', 'a\ud83db', 'ab'],
    ['a lone low surrogate', 'a\ude00b', 'ab'],
    ['a high surrogate at the end', 'ab\ud83d', 'ab'],
    ['a reversed pair', 'a\ude00\ud83db', 'ab'],
    ['a control character', 'a\u0001\u001fb', 'ab'],
  ])('drops %s', (_name, input, output) => {
    expect(escapeXml(input)).toBe(output);
  });

  it.each<[string, string]>([
    ['tab, line feed and carriage return', 'a\tb\nc\rd'],
    ['a surrogate pair (emoji)', 'kompassi 🧭'],
    ['U+10FFFD', '\u{10fffd}'],
    ['U+FFFD', '\ufffd'],
    ['Finnish and Swedish letters', 'Åland ja Överby'],
  ])('keeps %s', (_name, input) => {
    expect(escapeXml(input)).toBe(input);
  });

  it('escapes markup in attributes and text', () => {
    expect(element('g', { 'aria-label': `"<x>" & 'y'\uffff` }, text({}, '<b>\ud800'))).toBe(
      `<g aria-label="&quot;&lt;x&gt;&quot; &amp; &apos;y&apos;"><text>&lt;b&gt;</text></g>`,
    );
  });

  it('makes text over all of Unicode well-formed, whole', () => {
    const all = [...BMP, '\u{1f9ed}', '\u{10ffff}'].join('');
    expect(XML_CHARS.test(escapeXml(all))).toBe(true);
  });
});
