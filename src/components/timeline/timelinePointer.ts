import type { Attachment } from 'svelte/attachments';
import type { Command } from '../../domain/commands';
import type { Item, Plan } from '../../domain/planSchema';
import type { Translate } from '../../i18n/translate';
import type { DragMode } from '../../layout/dragPreview';
import type { PlacedItem, RoadmapLayout } from '../../layout/roadmapLayout';
import type { TimeScale } from '../../layout/timeScale';
import type { LazyModule } from '../../lazy/lazyModule.svelte';
import type { LinkDrag } from './linkDrag.svelte';
import type { TimelineGestures } from './timelineGestures.svelte';

type Extras = typeof import('./pointerExtras');

/** What the chart's pointer handling reads of the timeline, each read when it is needed. */
export interface PointerContext {
  bodyPoint: (event: MouseEvent) => { x: number; y: number };
  plan: () => Plan;
  layout: () => RoadmapLayout;
  scale: () => TimeScale;
  px: () => number;
  selectedIds: () => string[];
  gestures: TimelineGestures;
  extras: LazyModule<Extras>;
  linkDrag: LinkDrag;
  t: Translate;
  onexec: (command: Command) => boolean;
  oncreate: (item: Item) => void;
  onselect: (id: string, additive: boolean) => void;
  onselectmany: (ids: string[], additive: boolean) => void;
}

const onChart = (event: Event) =>
  (event.target as Element).closest('.item, .track, [data-link-hit]') !== null;

/**
 * The pointer on the chart: pressing an item (drag, resize or link from its handle), empty space
 * (box select, or draw a phase with Ctrl), a double click (a milestone), and the release.
 */
export function timelinePointer(c: PointerContext) {
  /** Shift was held as the pointer went up: a moved item takes its dependent items along. */
  let shiftAtRelease = false;
  const noteShift = (event: PointerEvent) => (shiftAtRelease = event.shiftKey);

  async function finishBox() {
    const box = c.gestures.band.end();
    if (!box) return;
    const { itemsInBox, phaseFromBox } = await c.extras.load();
    if (!box.draw) return c.onselectmany(itemsInBox(c.layout(), box), box.additive);
    const item = phaseFromBox(box, c.layout(), c.scale(), c.t('editor.newPhase'));
    if (item) c.oncreate(item);
  }

  /** The same shift for every item that depends on the moved ones, in one step. */
  async function withDependents(command: Extract<Command, { type: 'items/shift' }>) {
    const links = c.plan().dependencies;
    if (!links.length) return command;
    const { successorsOf } = await import('../../domain/dependencies/successors');
    return { ...command, ids: [...new Set([...command.ids, ...successorsOf(links, command.ids)])] };
  }

  return {
    press(event: PointerEvent, placed: PlacedItem) {
      const handle = (event.target as Element).getAttribute('data-handle');
      if (handle === 'link') {
        // The handle shows once the pointer is on the chart, so the link code is here by then.
        c.extras.current?.dragLink(event, placed, c.linkDrag, c);
        return;
      }
      const mode = (handle ?? 'move') as DragMode;
      const id = placed.item.id;
      const selected = c.selectedIds();
      c.gestures.drag.begin(
        placed,
        mode,
        mode === 'move' && selected.includes(id) ? selected : [id],
        event,
      );
    },

    pressEmpty(event: PointerEvent) {
      if (event.button !== 0 || onChart(event)) return;
      const { x, y } = c.bodyPoint(event);
      c.gestures.band.begin(x, y, event);
    },

    async addMilestone(event: MouseEvent) {
      if (onChart(event)) return;
      const point = c.bodyPoint(event);
      const { milestoneAt } = await c.extras.load();
      const item = milestoneAt(point, c.layout(), c.scale(), c.t('editor.newMilestone'));
      if (item) c.oncreate(item);
    },

    release() {
      if (c.gestures.band.box) return void finishBox();
      const drag = c.gestures.drag;
      if (!drag.active) return;
      const command = drag.finish(c.px(), c.layout());
      if (!command) return;
      if (shiftAtRelease && command.type === 'items/shift' && !command.rowId)
        void withDependents(command).then(c.onexec);
      else c.onexec(command);
    },

    select(id: string, additive: boolean) {
      if (c.gestures.drag.justDragged) c.gestures.drag.justDragged = false;
      else c.onselect(id, additive);
    },

    /** On the window: notes the modifiers of each release before the gestures see it. */
    noteModifiers: ((window: Window) => {
      window.addEventListener('pointerup', noteShift, { capture: true });
      return () => window.removeEventListener('pointerup', noteShift, { capture: true });
    }) as Attachment<Window>,

    /** On the scroller: the pointer extras load as the pointer first comes onto the chart. */
    loadOnEnter: ((node: HTMLElement) => {
      const load = () => void c.extras.load().catch(() => undefined);
      node.addEventListener('pointerenter', load, { once: true });
      return () => node.removeEventListener('pointerenter', load);
    }) as Attachment<HTMLElement>,
  };
}
