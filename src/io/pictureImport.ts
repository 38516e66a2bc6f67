import { SaxesParser } from 'saxes';
import { PLAN_KEYWORD, isPng, readTextChunk } from './pngText';

/** Where an SVG export carries its plan file: `<tiekartta:plan xmlns:tiekartta="…">` in metadata. */
export const PLAN_NAMESPACE = 'urn:tiekartta:plan';
const PLAN_LOCAL_NAME = 'plan';
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/**
 * Deeper than any picture Tiekartta draws (about 8). saxes looks a namespace prefix up through the
 * open elements, so unbounded nesting would make it quadratic; the limit keeps it linear.
 */
export const MAX_SVG_DEPTH = 256;
/** The text is decoded and parsed a slice at a time, so reading stops soon after the plan ends. */
const SLICE_BYTES = 1 << 20;

export type PictureContent =
  | { kind: 'not-a-picture' }
  /** A PNG or an SVG; `planText` is null when it carries no plan. */
  | { kind: 'picture'; planText: string | null }
  /** An SVG that is not well-formed XML, nests too deep, declares entities or holds markup in its plan. */
  | { kind: 'unreadable-picture' };

/** Thrown out of the parser's handlers to end the parse early; never escapes this module. */
class Stop {
  constructor(readonly content: PictureContent) {}
}

/** The plan file carried by a picture Tiekartta exported, if the bytes are such a picture. */
export function planFromPicture(bytes: Uint8Array): PictureContent {
  if (isPng(bytes)) return { kind: 'picture', planText: readTextChunk(bytes, PLAN_KEYWORD) };
  // A plan file is JSON, which never starts with '<'; anything that does is treated as XML.
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
  if (head.trimStart()[0] !== '<') return { kind: 'not-a-picture' };
  return planFromSvg(bytes);
}

/**
 * Streams the SVG through a conformant XML parser (saxes: linear time, namespaces, entities,
 * CDATA) and returns the text of the first plan element, matched by namespace URI and local name
 * whatever its prefix. Parsing stops as soon as that element closes. A DTD that declares entities
 * is refused outright; saxes never expands declared entities, so a reference to one is an error.
 */
function planFromSvg(bytes: Uint8Array): PictureContent {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  let planDepth = -1;
  let planText: string[] = [];
  parser.on('doctype', (doctype) => {
    if (doctype.includes('<!ENTITY')) throw new Stop({ kind: 'unreadable-picture' });
  });
  parser.on('opentagstart', () => {
    if (++depth > MAX_SVG_DEPTH) throw new Stop({ kind: 'unreadable-picture' });
    if (planDepth !== -1) throw new Stop({ kind: 'unreadable-picture' });
  });
  parser.on('opentag', (tag) => {
    if (depth === 1 && (tag.uri !== SVG_NAMESPACE || tag.local !== 'svg'))
      throw new Stop({ kind: 'picture', planText: null });
    if (tag.uri === PLAN_NAMESPACE && tag.local === PLAN_LOCAL_NAME) {
      planDepth = depth;
      planText = [];
    }
  });
  const keep = (text: string) => {
    if (planDepth !== -1) planText.push(text);
  };
  parser.on('text', keep);
  parser.on('cdata', keep);
  parser.on('closetag', () => {
    if (depth-- === planDepth) throw new Stop({ kind: 'picture', planText: planText.join('') });
  });
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  try {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      const end = Math.min(at + SLICE_BYTES, bytes.length);
      parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    }
    parser.close();
  } catch (error) {
    return error instanceof Stop ? error.content : { kind: 'unreadable-picture' };
  }
  return { kind: 'picture', planText: null };
}
