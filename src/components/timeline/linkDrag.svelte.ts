import type { Dependency } from '../../domain/dependencySchema';
import { newId } from '../../domain/ids';
import type { PlacedItem } from '../../layout/roadmapLayout';

type Point = { x: number; y: number };

/**
 * Linking by drag: from an item's link handle to another item, drawn as a line while the
 * pointer moves. Dropped on another item, it becomes "must finish before … starts".
 */
export class LinkDrag {
  from = $state.raw<PlacedItem | null>(null);
  start = $state.raw<Point | null>(null);
  to = $state.raw<Point | null>(null);

  begin(from: PlacedItem, at: Point): void {
    this.from = from;
    this.start = at;
    this.to = at;
  }

  move(at: Point): void {
    if (this.from) this.to = at;
  }

  /** The link to add when dropped on `targetId`; none on empty space or the item itself. */
  end(targetId: string | null): Dependency | null {
    const from = this.from;
    this.cancel();
    if (!from || !targetId || targetId === from.item.id) return null;
    return { id: newId('dep'), from: from.item.id, to: targetId, kind: 'finishToStart' };
  }

  cancel(): void {
    this.from = null;
    this.start = null;
    this.to = null;
  }
}
