import type { Command } from '../../domain/commands';
import type { Item } from '../../domain/planSchema';

/** How a new item's first save and its cancelled editor reach the plan's history. */
export interface NewItemHistory {
  /** The first save of `add`'s item: still one step, named as saved. */
  reviseAdd: (add: Command, item: Item) => boolean;
  /** The editor of `add`'s item was cancelled: as if it had never been added. */
  retract: (add: Command) => void;
}

/** What the side panel beside the chart holds; one thing at a time. */
export type PanelContent =
  | {
      kind: 'item';
      editing: boolean;
      /** The add of a new item, taken back on cancel. */ fresh?: Command;
    }
  | { kind: 'track'; id: string }
  | { kind: 'lanes'; /** The lane or row whose name field takes the focus. */ focusId?: string }
  | { kind: 'markers'; /** The marker whose name field takes the focus. */ focusId?: string }
  | { kind: 'shift' }
  | { kind: 'compare' }
  | { kind: 'links' }
  | { kind: 'link'; id: string };

/**
 * The side panel's content and where the focus came from: closing gives the focus back to the
 * element that opened it, or to the chart when that element is gone.
 */
export class RoadmapPanel {
  content = $state.raw<PanelContent | null>(null);
  #opener: HTMLElement | null = null;
  readonly #fallback: () => HTMLElement | null;

  constructor(fallback: () => HTMLElement | null) {
    this.#fallback = fallback;
  }

  show(content: PanelContent): void {
    if (!this.content) this.#opener = activeElement();
    this.content = content;
  }

  close(): void {
    if (!this.content) return;
    this.content = null;
    const opener = this.#opener;
    this.#opener = null;
    queueMicrotask(() => {
      const target = opener?.isConnected ? opener : this.#fallback();
      target?.focus({ preventScroll: false });
    });
  }
}

function activeElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement || active instanceof SVGElement
    ? (active as HTMLElement)
    : null;
}
