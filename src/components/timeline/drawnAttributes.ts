import type { Attachment } from 'svelte/attachments';
import type { Attributes } from '../../drawing/shape';

/** What each element was last given, so the next attributes change only what differs. */
const written = new WeakMap<Element, Attributes>();

/**
 * Writes a shape's attributes onto its element. Used instead of a spread: the drawing data is
 * plain attributes, and this is smaller and touches only what changed. A `class` is added to the
 * element's own classes (its scoped style class stays).
 */
export function drawn(attrs: Attributes): Attachment<Element> {
  return (element) => writeAttributes(element, attrs);
}

/** Gives an element these attributes, changing only those that differ from what it was last given. */
export function writeAttributes(element: Element, attrs: Attributes): void {
  const before = written.get(element) ?? {};
  for (const name of Object.keys(before))
    if (attrs[name] === undefined) write(element, name, before[name], undefined);
  for (const [name, value] of Object.entries(attrs))
    if (value !== before[name]) write(element, name, before[name], value);
  written.set(element, attrs);
}

function write(element: Element, name: string, old: Attributes[string], value: Attributes[string]) {
  if (name === 'class') {
    if (old !== undefined) element.classList.remove(...String(old).split(' ').filter(Boolean));
    if (value !== undefined) element.classList.add(...String(value).split(' ').filter(Boolean));
  } else if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, String(value));
}
