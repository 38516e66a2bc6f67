import { PLAN_KEYWORD, isPng, readTextChunk } from './pngText';

/** Where a picture carries its plan file: an iTXt chunk in a PNG, a metadata element in an SVG. */
const SVG_PLAN = /<tiekartta:plan\b[^>]*>([\s\S]*?)<\/tiekartta:plan>/;
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

export type PictureContent =
  { kind: 'not-a-picture' } | { kind: 'picture'; planText: string | null };

/** The plan file carried by a picture Tiekartta exported, if the bytes are such a picture. */
export function planFromPicture(bytes: Uint8Array): PictureContent {
  if (isPng(bytes)) return { kind: 'picture', planText: readTextChunk(bytes, PLAN_KEYWORD) };
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!head.startsWith('<?xml') && !head.startsWith('<svg')) return { kind: 'not-a-picture' };
  const match = SVG_PLAN.exec(new TextDecoder().decode(bytes));
  return { kind: 'picture', planText: match ? unescapeXml(match[1] as string) : null };
}
