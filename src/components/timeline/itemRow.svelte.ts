import type { Attachment } from 'svelte/attachments';
import { cachedAccessibleName } from '../../i18n/captionCache';
import { labelFrameLeft } from '../../layout/itemShape';
import { sameList } from '../../layout/sameList';
import { SCREEN_METRICS } from '../../layout/metrics';
import type { PlacedItem } from '../../layout/roadmapLayout';
import { locale } from '../../state/locale.svelte';
import type { ItemMarkState } from './itemElements';
import { ItemLayer, type ItemEvents } from './itemLayer';

/** What a row's item marks show besides the items themselves. */
export interface ItemRowView {
  /** The row's items to draw, in drawing order. */
  items: readonly PlacedItem[];
  selectedIds: ReadonlySet<string>;
  /** The item under the pointer or in focus: its handles show. */
  pointedId: string | undefined;
  /** The left edge of the chart in view: labels of bars begun before it stay. */
  frameLeft: number;
  /** Items drawn faint, or undefined when none are. */
  dimmed: ((id: string) => boolean) | undefined;
  broken: ReadonlySet<string>;
  /** An item as a drag would drop it now; the item itself otherwise. */
  shown: (placed: PlacedItem) => PlacedItem;
  /** Shown, never edited (the roll-up): no resize or link handles. */
  readOnly?: boolean;
}

function stateOf(
  view: ItemRowView,
  placed: PlacedItem,
  frameLeft: number | undefined,
  linkHint: string,
): ItemMarkState {
  const { item, lane } = placed;
  const selected = view.selectedIds.has(item.id);
  return {
    placed,
    selected,
    summary: lane.collapsed,
    handles: !view.readOnly && !lane.collapsed && (selected || view.pointedId === item.id),
    frameLeft,
    dim: view.dimmed?.(item.id) ?? false,
    broken: view.broken.has(item.id),
    name: cachedAccessibleName(item, lane.name, placed.rowName, locale.language, locale.t),
    linkHint,
  };
}

/**
 * A row's item marks in the group it is attached to, redrawn as `view` changes: marks written
 * straight to the DOM (itemLayer.ts), the events listened to once on the group.
 */
export function itemRow(events: ItemEvents, view: () => ItemRowView): Attachment<SVGGElement> {
  return (group) => {
    const layer = new ItemLayer(group, events);
    let drawnFrom: unknown[] = [];
    $effect(() => {
      const now = view();
      const shown = now.items.map(now.shown);
      const lefts = shown.map((placed) =>
        labelFrameLeft(placed.shape, now.frameLeft, SCREEN_METRICS),
      );
      // A scroll step reruns every row's effect; a row whose marks it does not move stops here.
      const from: unknown[] = [
        now.selectedIds,
        now.pointedId,
        now.dimmed,
        now.broken,
        now.readOnly,
      ];
      from.push(locale.language, ...shown, ...lefts);
      if (sameList(from, drawnFrom)) return;
      drawnFrom = from;
      const linkHint = locale.t('deps.linkHandle');
      layer.update(shown.map((placed, i) => stateOf(now, placed, lefts[i], linkHint)));
    });
    return () => layer.destroy();
  };
}
