import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_METADATA_NS, roadmapSvg } from '../../../src/export/roadmapSvg';
import { describeImportError } from '../../../src/i18n/describeImportError';
import { LANGUAGES } from '../../../src/i18n/languages';
import { MESSAGES } from '../../factories/messages';
import { translate } from '../../../src/i18n/translate';
import type { ImportResult } from '../../../src/io/importResult';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { MAX_SVG_DEPTH, PLAN_NAMESPACE, planFromPicture } from '../../../src/io/pictureImport';
import { MAX_FILE_BYTES } from '../../../src/io/planFile';
import { addTextChunk, PLAN_KEYWORD } from '../../../src/io/pngText';
import { readPlanBytes } from '../../../src/io/readPlanBytes';
import { readPlanFile } from '../../../src/io/readPlanFile';
import { makeFileText } from '../../factories/files';
import { makeMilestone, makePlan } from '../../factories/plans';
import { TINY_PNG as TINY, tFi as t } from '../../factories/pictures';

const hostile = makePlan({
  items: [makeMilestone({ label: '</tiekartta:plan><script>alert(1)</script> & "lainaus"' })],
});
const encode = (s: string) => new TextEncoder().encode(s);

describe('pictures that carry their plan', () => {
  it('reads the plan file back out of an SVG export, whatever its labels hold', () => {
    const file = makeFileText(hostile);
    const { svg } = roadmapSvg({ plan: hostile, language: 'fi', t, embed: file });
    expect(planFromPicture(encode(svg))).toEqual({ kind: 'picture', planText: file });
  });

  it('reads the plan file back out of a PNG', () => {
    const file = makeFileText();
    expect(planFromPicture(addTextChunk(TINY, PLAN_KEYWORD, file))).toEqual({
      kind: 'picture',
      planText: file,
    });
  });

  it('opens a picture as its plan through the ordinary import', async () => {
    const result = await readPlanFile(
      new Blob([addTextChunk(TINY, PLAN_KEYWORD, makeFileText(hostile)) as BlobPart]),
    );
    expect(result.ok && result.plan).toEqual(parsePlanText(makeFileText(hostile)).ok && hostile);
  });

  it('says a picture without a plan is one, rather than "not JSON"', async () => {
    const result = await readPlanFile(new Blob([TINY as BlobPart]));
    expect(result.ok ? null : result.error.code).toBe('no-plan-in-picture');
    const svg = await readPlanFile(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"></svg>']));
    expect(svg.ok ? null : svg.error.code).toBe('no-plan-in-picture');
  });

  it('leaves other files to the plan-file parser', () => {
    expect(planFromPicture(encode(makeFileText()))).toEqual({ kind: 'not-a-picture' });
  });
});

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg">';
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const codeOf = (result: ImportResult) => (result.ok ? 'ok' : result.error.code);
const readSvg = (svg: string) => readPlanBytes(encode(svg));
const planOf = (result: ImportResult) => (result.ok ? result.plan : result.error);
const FILE = makeFileText(hostile);
/** An SVG whose metadata holds `inner` (already XML), the way the exporter writes it. */
const svgWith = (inner: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}${SVG_OPEN}<title>t</title><metadata>${inner}</metadata><rect width="1" height="1"/></svg>\n`;

describe('SVG pictures are read with a real XML parser', () => {
  it('uses the namespace the exporter writes', () => {
    expect(PLAN_NAMESPACE).toBe(PLAN_METADATA_NS);
  });

  it('round-trips a real export through the ordinary import', async () => {
    const { svg } = roadmapSvg({ plan: hostile, language: 'fi', t, embed: FILE });
    expect(planOf(await readPlanFile(new Blob([svg])))).toEqual(hostile);
  });

  it('refuses the 2 MB unclosed-plan fixture with a coded error', async () => {
    const bytes = readFileSync(resolve(process.cwd(), 'fixtures/hostile/svg-unclosed-plan.svg'));
    expect(bytes.length).toBeGreaterThan(2_000_000);
    expect(codeOf(await readPlanFile(new Blob([bytes as BlobPart])))).toBe('picture-unreadable');
  });

  it.each([
    ['with its prefix unbound', `${SVG_OPEN}${'<tiekartta:plan>'.repeat(1)}`],
    [
      'with its prefix bound',
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:tiekartta="${PLAN_NAMESPACE}">`,
    ],
  ])('refuses a never-closed plan element repeated up to the size limit, %s', (_name, opening) => {
    const count = Math.floor((MAX_FILE_BYTES - opening.length) / '<tiekartta:plan>'.length);
    const svg = opening + '<tiekartta:plan>'.repeat(count);
    expect(svg.length).toBeGreaterThan(MAX_FILE_BYTES - 16);
    expect(codeOf(readSvg(svg))).toBe('picture-unreadable');
  });

  it('refuses an SVG that ends inside the plan or before the plan', () => {
    const open = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">`;
    expect(codeOf(readSvg(`${SVG_OPEN}<metadata>${open}${escapeXml(FILE)}`))).toBe(
      'picture-unreadable',
    );
    expect(codeOf(readSvg(`${SVG_OPEN}<metadata><g>`))).toBe('picture-unreadable');
    expect(codeOf(readSvg(`${SVG_OPEN}<metadata><a></b>`))).toBe('picture-unreadable');
  });

  it('stops at the end of the plan element: what follows is not read', () => {
    const svg = `${SVG_OPEN}<metadata><p:plan xmlns:p="${PLAN_NAMESPACE}">${escapeXml(FILE)}</p:plan></metadata><g>`;
    expect(planOf(readSvg(svg + '<'.repeat(1000)))).toEqual(hostile);
  });

  it('reads the plan from CDATA, and from CDATA mixed with escaped text', () => {
    const half = Math.floor(FILE.length / 2);
    const cdata = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}"><![CDATA[${FILE}]]></tiekartta:plan>`;
    expect(FILE).not.toContain(']]>');
    expect(planOf(readSvg(svgWith(cdata)))).toEqual(hostile);
    const mixed = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}"><![CDATA[${FILE.slice(0, half)}]]>${escapeXml(FILE.slice(half))}</tiekartta:plan>`;
    expect(planOf(readSvg(svgWith(mixed)))).toEqual(hostile);
  });

  it('decodes every predefined entity and character references', () => {
    const text = FILE.replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&#62;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/k/g, '&#x6B;')
      .replace(/\n/g, '&#10;');
    const plan = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">${text}</tiekartta:plan>`;
    expect(planOf(readSvg(svgWith(plan)))).toEqual(hostile);
  });

  it('matches the plan element by namespace, whatever its prefix', () => {
    const other = `<kartta:plan xmlns:kartta="${PLAN_NAMESPACE}">${escapeXml(FILE)}</kartta:plan>`;
    expect(planOf(readSvg(svgWith(other)))).toEqual(hostile);
    const unprefixed = `<plan xmlns="${PLAN_NAMESPACE}">${escapeXml(FILE)}</plan>`;
    expect(planOf(readSvg(svgWith(unprefixed)))).toEqual(hostile);
    const onRoot = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="${PLAN_NAMESPACE}"><metadata><x:plan>${escapeXml(FILE)}</x:plan></metadata></svg>`;
    expect(planOf(readSvg(onRoot))).toEqual(hostile);
  });

  it('ignores a plan element in another namespace, and one with only the right prefix', () => {
    const decoy = makeFileText(makePlan({ title: 'Houkutus' }));
    const wrong = `<tiekartta:plan xmlns:tiekartta="urn:tiekartta:other">${escapeXml(decoy)}</tiekartta:plan>`;
    expect(codeOf(readSvg(svgWith(wrong)))).toBe('no-plan-in-picture');
    const right = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">${escapeXml(FILE)}</tiekartta:plan>`;
    expect(planOf(readSvg(svgWith(wrong + right)))).toEqual(hostile);
    const svgPlan = `<plan>${escapeXml(decoy)}</plan>`;
    expect(codeOf(readSvg(svgWith(svgPlan)))).toBe('no-plan-in-picture');
  });

  it('reads only a picture whose root is an SVG element', () => {
    const plan = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">${escapeXml(FILE)}</tiekartta:plan>`;
    expect(codeOf(readSvg(`<html>${plan}</html>`))).toBe('no-plan-in-picture');
    expect(codeOf(readSvg(`<svg>${plan}</svg>`))).toBe('no-plan-in-picture');
  });

  it('refuses markup inside the plan, including a plan nested in a plan', () => {
    const ns = `xmlns:tiekartta="${PLAN_NAMESPACE}"`;
    expect(codeOf(readSvg(svgWith(`<tiekartta:plan ${ns}>{<b/>}</tiekartta:plan>`)))).toBe(
      'picture-unreadable',
    );
    expect(
      codeOf(
        readSvg(
          svgWith(
            `<tiekartta:plan ${ns}><tiekartta:plan>${escapeXml(FILE)}</tiekartta:plan></tiekartta:plan>`,
          ),
        ),
      ),
    ).toBe('picture-unreadable');
  });

  it('refuses nesting deeper than any picture, before it costs anything', () => {
    const deep = `${SVG_OPEN}${'<g>'.repeat(MAX_SVG_DEPTH)}${'</g>'.repeat(MAX_SVG_DEPTH)}</svg>`;
    expect(codeOf(readSvg(deep))).toBe('picture-unreadable');
    const fine = `${SVG_OPEN}${'<g>'.repeat(MAX_SVG_DEPTH - 2)}${'</g>'.repeat(MAX_SVG_DEPTH - 2)}</svg>`;
    expect(codeOf(readSvg(fine))).toBe('no-plan-in-picture');
  });

  it('never expands entities: a DTD that declares any is refused ("billion laughs", XXE)', () => {
    const plan = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">&lol9;</tiekartta:plan>`;
    const lol = [
      '<!ENTITY lol0 "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`),
    ].join('');
    expect(codeOf(readSvg(svgWith(plan, `<!DOCTYPE svg [${lol}]>`)))).toBe('picture-unreadable');
    const xxe = `<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
    const stolen = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">&xxe;</tiekartta:plan>`;
    expect(codeOf(readSvg(svgWith(stolen, xxe)))).toBe('picture-unreadable');
    const parameter = `<!DOCTYPE svg [<!ENTITY % p "<!ENTITY x 'y'>"> %p;]>`;
    expect(codeOf(readSvg(svgWith(stolen, parameter)))).toBe('picture-unreadable');
    // An entity no DTD declares is an error too, not a silent hole in the plan.
    expect(codeOf(readSvg(svgWith(plan)))).toBe('picture-unreadable');
    expect(codeOf(readSvg(`${SVG_OPEN}&nbsp;</svg>`))).toBe('picture-unreadable');
  });

  it('accepts a DTD that declares nothing (SVG 1.1 editors write one)', () => {
    const doctype =
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
    const plan = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">${escapeXml(FILE)}</tiekartta:plan>`;
    expect(planOf(readSvg(svgWith(plan, doctype)))).toEqual(hostile);
  });

  it('reads an SVG that starts with a byte-order mark, a comment or whitespace', () => {
    const plan = `<tiekartta:plan xmlns:tiekartta="${PLAN_NAMESPACE}">${escapeXml(FILE)}</tiekartta:plan>`;
    const body = `${SVG_OPEN}<metadata>${plan}</metadata></svg>`;
    for (const start of ['\uFEFF', '<!-- vienti -->\n', '\n  '])
      expect(planOf(readSvg(start + body))).toEqual(hostile);
  });

  it('checks the size before reading anything', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x3c);
    expect(readPlanBytes(bytes)).toEqual({
      ok: false,
      error: { code: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES },
    });
  });

  it.each(LANGUAGES)('explains the new refusals in %s', (language) => {
    const messages = MESSAGES[language];
    const tr = (key: Parameters<typeof translate>[1]) => translate(messages, key);
    for (const code of ['picture-unreadable', 'read-failed'] as const) {
      const [sentence] = describeImportError({ code }, tr, language);
      expect(sentence).toMatch(/\s/);
      expect(sentence).not.toMatch(/^file\./);
    }
  });
});
