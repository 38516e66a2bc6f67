import type { PlacedItem } from '../../layout/roadmapLayout';
import { ItemElements, type ItemMarkState } from './itemElements';

/** What the items' marks do when used; the same callbacks each mark had as a component. */
export interface ItemEvents {
  /** A click: select this item, or add it to the selection with Shift or Ctrl. */
  onselect: (id: string, additive: boolean) => void;
  /** A press that may become a drag of the item or of a phase's end. */
  onpress: (event: PointerEvent, placed: PlacedItem) => void;
  /** A key pressed while the item has focus. */
  onkey: (event: KeyboardEvent, placed: PlacedItem) => void;
  /** Hover or focus entered (the item) or left (null). */
  onpoint: (placed: PlacedItem | null) => void;
}

const idOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest('[data-item-id]')?.getAttribute('data-item-id') : null;

/**
 * The marks of one row's items in a group element, kept by item id: new items get elements,
 * changed ones are written again, gone ones removed. Events are listened to once, on the group.
 */
export class ItemLayer {
  readonly #root: SVGGElement;
  readonly #events: ItemEvents;
  #marks = new Map<string, ItemElements>();
  #pointed: string | null = null;
  readonly #listeners: [string, (event: Event) => void][];

  constructor(root: SVGGElement, events: ItemEvents) {
    this.#root = root;
    this.#events = events;
    this.#listeners = [
      ['click', (e) => this.#on(e, (id) => events.onselect(id, additive(e as MouseEvent)))],
      ['keydown', (e) => this.#on(e, (_, placed) => events.onkey(e as KeyboardEvent, placed))],
      ['pointerdown', (e) => this.#press(e as PointerEvent)],
      ['pointerover', (e) => this.#on(e, (id, placed) => this.#point(id, placed))],
      ['pointerout', (e) => this.#leave(e as PointerEvent)],
      ['focusin', (e) => this.#on(e, (_, placed) => events.onpoint(placed))],
      ['focusout', (e) => this.#on(e, () => events.onpoint(null))],
    ];
    for (const [type, listener] of this.#listeners) root.addEventListener(type, listener);
  }

  /**
   * Draws these marks, in this order, and only these. What is gone is removed first: otherwise,
   * scrolling on, each mark kept would be moved before the ones leaving ahead of it.
   */
  update(states: readonly ItemMarkState[]): void {
    const next = new Map<string, ItemElements>();
    for (const state of states) {
      const id = state.placed.item.id;
      const mark = this.#marks.get(id) ?? new ItemElements(id);
      mark.update(state);
      next.set(id, mark);
    }
    for (const [id, mark] of this.#marks) if (!next.has(id)) mark.g.remove();
    let at = this.#root.firstChild;
    for (const { g } of next.values()) {
      if (g === at) at = at.nextSibling;
      else if (g.isConnected && 'moveBefore' in this.#root) moveBefore(this.#root, g, at);
      else this.#root.insertBefore(g, at);
    }
    this.#marks = next;
  }

  destroy(): void {
    for (const [type, listener] of this.#listeners) this.#root.removeEventListener(type, listener);
  }

  #on(event: Event, act: (id: string, placed: PlacedItem) => void): void {
    const id = idOf(event.target);
    const placed = id ? this.#marks.get(id)?.placed : undefined;
    if (id && placed) act(id, placed);
  }

  #press(event: PointerEvent): void {
    if (event.button === 0) this.#on(event, (_, placed) => this.#events.onpress(event, placed));
  }

  #point(id: string, placed: PlacedItem): void {
    if (this.#pointed === id) return;
    this.#pointed = id;
    this.#events.onpoint(placed);
  }

  /** Leaving an item's group, not passing between its parts. */
  #leave(event: PointerEvent): void {
    const from = idOf(event.target);
    if (!from || idOf(event.relatedTarget) === from) return;
    this.#pointed = null;
    this.#events.onpoint(null);
  }
}

const additive = (event: MouseEvent) => event.shiftKey || event.ctrlKey || event.metaKey;

/**
 * Moves an element without the removal that would blur it (Chromium 133 and later): a keyboard
 * move that reorders the row keeps the item's focus.
 */
const moveBefore = (parent: Element, node: Element, before: ChildNode | null) =>
  (parent as Element & { moveBefore(node: Node, child: Node | null): void }).moveBefore(
    node,
    before,
  );
