import { itemMark, type ItemMark } from '../../drawing/itemMark';
import type { Attributes, Shape } from '../../drawing/shape';
import { DEFAULT_THEME } from '../../drawing/theme';
import { SCREEN_METRICS } from '../../layout/metrics';
import type { PlacedItem } from '../../layout/roadmapLayout';
import { writeAttributes } from './drawnAttributes';

/** What one item's mark on screen shows; the same state draws the same elements. */
export interface ItemMarkState {
  placed: PlacedItem;
  selected: boolean;
  /** Drawn small and without a label, in a collapsed lane's summary row. */
  summary: boolean;
  /** Resize handles on a phase's ends and the link handle: where a pointer or selection uses them. */
  handles: boolean;
  /** The left edge of the chart in view, for a bar that starts before it; else undefined. */
  frameLeft: number | undefined;
  /** Drawn faint: unchanged while a comparison dims those. */
  dim: boolean;
  /** At an end of a link the dates break: the warning outline. */
  broken: boolean;
  /** What a screen reader says of the item. */
  name: string;
  /** The link handle's tooltip. */
  linkHint: string;
}

const HANDLE_PX = 6;
const LINK_HANDLE_PX = 5;
const SVG = 'http://www.w3.org/2000/svg';
/** Carried by the item's group, not its shape: the label and arrows fade with it. */
const ON_GROUP = new Set(['opacity', 'data-item-mark', 'data-broken']);
/** The picture's halo, drawn on screen by the `halo` class: one rule instead of four attributes. */
const HALO = new Set(['stroke', 'stroke-width', 'stroke-linejoin', 'paint-order']);

const element = (tag: string, className?: string) => {
  const made = document.createElementNS(SVG, tag);
  if (className) made.setAttribute('class', className);
  return made;
};

const without = (attrs: Attributes, names: ReadonlySet<string>): Attributes => {
  const kept: Attributes = {};
  for (const name in attrs) if (!names.has(name)) kept[name] = attrs[name];
  return kept;
};

/** A row laid out again places its unchanged items anew: alike, they are not drawn again. */
const samePlaced = (a: PlacedItem, b: PlacedItem) =>
  a === b ||
  (a.item === b.item &&
    a.shape === b.shape &&
    a.y === b.y &&
    a.lane === b.lane &&
    a.rowName === b.rowName &&
    a.order === b.order);

const same = (a: ItemMarkState, b: ItemMarkState) => {
  for (const key in a)
    if (
      key === 'placed'
        ? !samePlaced(a.placed, b.placed)
        : a[key as keyof ItemMarkState] !== b[key as keyof ItemMarkState]
    )
      return false;
  return true;
};

/**
 * One item's group on the chart, written straight to the DOM: a chart shows hundreds of these, and
 * a component apiece cost most of a first draw. The group keeps its element while the item is in
 * view, so focus stays on it through a keyboard move.
 */
export class ItemElements {
  readonly g: SVGGElement;
  #state: ItemMarkState | null = null;
  #body: SVGElement | null = null;
  #handles: SVGRectElement[] = [];
  #link: SVGCircleElement | null = null;
  #arrows: SVGPathElement[] = [];
  #label: SVGTextElement | null = null;

  constructor(id: string) {
    this.g = element('g') as SVGGElement;
    this.g.setAttribute('role', 'button');
    this.g.setAttribute('data-item-id', id);
  }

  get placed(): PlacedItem | undefined {
    return this.#state?.placed;
  }

  /** Draws the state; a state like the last one costs a comparison only. */
  update(state: ItemMarkState): void {
    if (this.#state && same(this.#state, state)) return;
    this.#state = state;
    const { placed, summary, frameLeft, dim, broken } = state;
    const mark = itemMark(placed, DEFAULT_THEME, SCREEN_METRICS, {
      summary,
      frameLeft,
      dim,
      broken,
    });
    this.#group(state, mark.body.attrs);
    this.#drawBody(mark.body);
    this.#drawHandles(state, mark);
    this.#drawArrows(mark.arrows);
    this.#drawLabel(mark.label);
    this.#order();
  }

  #group(state: ItemMarkState, body: Attributes): void {
    const { item } = state.placed;
    writeAttributes(this.g, {
      class: `item status-${item.status}${state.selected ? ' selected' : ''}`,
      tabindex: state.summary ? -1 : 0,
      'aria-label': state.name,
      'aria-pressed': String(state.selected),
      'data-broken': state.broken ? 'true' : undefined,
      opacity: body.opacity,
    });
  }

  #drawBody(body: Shape): void {
    if (this.#body?.localName !== body.tag) this.#body = element(body.tag, 'shape');
    writeAttributes(this.#body, without(body.attrs, ON_GROUP));
  }

  #drawHandles(state: ItemMarkState, mark: ItemMark): void {
    const { x, width } = state.placed.shape;
    const ends = state.handles && mark.body.tag === 'rect' && width > 3 * HANDLE_PX;
    this.#handles = ends
      ? [x, x + width - HANDLE_PX].map((left, i) => {
          const handle = this.#handles[i] ?? (element('rect', 'handle') as SVGRectElement);
          handle.dataset.handle = i ? 'end' : 'start';
          writeAttributes(handle, { x: left, y: mark.top, width: HANDLE_PX, height: mark.height });
          return handle;
        })
      : [];
    this.#link = state.handles ? this.#linkHandle(state, x + width, mark.top) : null;
  }

  /** Dragged onto another item, links this one before it (issue 15). */
  #linkHandle(state: ItemMarkState, cx: number, cy: number): SVGCircleElement {
    const link = this.#link ?? (element('circle', 'link-handle') as SVGCircleElement);
    if (!link.firstChild) {
      link.dataset.handle = 'link';
      link.append(element('title'));
    }
    writeAttributes(link, { cx, cy, r: LINK_HANDLE_PX });
    (link.firstChild as Element).textContent = state.linkHint;
    return link;
  }

  #drawArrows(arrows: Shape[]): void {
    this.#arrows = arrows.map((arrow, i) => {
      const path = this.#arrows[i] ?? (element('path') as SVGPathElement);
      writeAttributes(path, arrow.attrs);
      return path;
    });
  }

  #drawLabel(label: Shape | null): void {
    if (!label) {
      this.#label = null;
      return;
    }
    this.#label ??= element('text') as SVGTextElement;
    const halo = label.attrs['paint-order'] !== undefined;
    const attrs = halo ? without(label.attrs, HALO) : label.attrs;
    writeAttributes(this.#label, { ...attrs, class: halo ? 'halo' : undefined });
    if (this.#label.textContent !== label.text) this.#label.textContent = label.text ?? '';
  }

  /**
   * Puts the parts in drawing order. What is gone is removed first, so that a part kept is never
   * moved: a press on a label that the next draw moved would lose its click.
   */
  #order(): void {
    const parts = [this.#body, ...this.#handles, this.#link, ...this.#arrows, this.#label].filter(
      (part): part is SVGElement => part !== null,
    );
    for (const child of [...this.g.children])
      if (!parts.includes(child as SVGElement)) child.remove();
    parts.forEach((part, i) => {
      if (this.g.children[i] !== part) this.g.insertBefore(part, this.g.children[i] ?? null);
    });
  }
}
