const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * What XML 1.0's Char production leaves out: C0 controls but tab, line feed and carriage return;
 * U+FFFE and U+FFFF; and surrogates that are not half of a pair. One of them anywhere makes the
 * whole SVG unreadable, so they go, whatever the schema let through.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

export type Attributes = Record<string, string | number | undefined>;

/** One element as text; every attribute value and text child is escaped here, and only here. */
export function element(
  name: string,
  attributes: Attributes,
  children: string | string[] = '',
): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        ` ${k}="${escapeXml(typeof v === 'number' ? String(Math.round(v * 100) / 100) : (v as string))}"`,
    )
    .join('');
  const content = Array.isArray(children) ? children.join('') : children;
  return content ? `<${name}${attrs}>${content}</${name}>` : `<${name}${attrs}/>`;
}

/** A text element with escaped content. */
export const text = (attributes: Attributes, content: string): string =>
  element('text', attributes, escapeXml(content));
