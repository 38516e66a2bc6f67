/** Drawing data: what a mark draws, as SVG elements, before anyone writes or mounts them. */
export type Attributes = Record<string, string | number | undefined>;

export interface Shape {
  tag: 'rect' | 'line' | 'path' | 'text' | 'circle' | 'g' | 'defs' | 'pattern' | 'clipPath';
  attrs: Attributes;
  /** The text of a `text` shape; always written as text, never as markup. */
  text?: string;
  children?: Shape[];
}

export const shape = (tag: Shape['tag'], attrs: Attributes, text?: string): Shape =>
  text === undefined ? { tag, attrs } : { tag, attrs, text };

export const group = (attrs: Attributes, children: Shape[], tag: Shape['tag'] = 'g'): Shape => ({
  tag,
  attrs,
  children,
});

/** Positions rounded to a tenth of a px: crisp enough, and short in a file. */
export const px = (n: number): number => Math.round(n * 10) / 10;

/** A label's outline in the paper colour, so lines behind it stop short of its letters. */
export const halo = (paper: string): Attributes => ({
  stroke: paper,
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
});

/** `next`, each shape equal to one in `before` replaced by that one: a redraw leaves it alone. */
export function keepSame(before: readonly Shape[], next: readonly Shape[]): Shape[] {
  const kept = new Map(before.map((s) => [JSON.stringify(s), s]));
  return next.map((s) => kept.get(JSON.stringify(s)) ?? s);
}
