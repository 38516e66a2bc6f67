import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Thrown when a part of a workbook is not XML a spreadsheet writes; the reader says "unreadable". */
export class BadXml extends Error {}

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** Element names without their prefix: Excel writes `x:c` as often as `c`. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams one XML part through saxes (strict, linear time). A DTD is refused outright, so no
 * entity can be declared, let alone expanded (the billion-laughs workbook).
 */
export function walkXml(text: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new BadXml('doctype');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[local(key)] = value;
    handlers.open?.(local(tag.name), attributes);
    if (tag.isSelfClosing) handlers.close?.(local(tag.name));
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) handlers.close?.(local(tag.name));
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.on('error', (error) => {
    throw new BadXml(error.message);
  });
  parser.write(text).close();
}
