import { newId } from '../../domain/ids';
import type { Item } from '../../domain/planSchema';
import { rowAt } from '../../layout/dragPreview';
import { drawnSpanAt } from '../../layout/drawnSpan';
import type { RoadmapLayout } from '../../layout/roadmapLayout';
import type { TimeScale } from '../../layout/timeScale';
import type { Box } from './boxSelect.svelte';

/** A phase over the zoom's units a Ctrl+drag box spans, on the row where it began; null off a row. */
export function phaseFromBox(
  box: Box,
  layout: RoadmapLayout,
  scale: TimeScale,
  label: string,
): Item | null {
  const row = rowAt(layout, box.y0);
  if (!row?.rowId) return null;
  const { start, end } = drawnSpanAt(box.x0, box.x1, scale);
  return {
    id: newId('item'),
    type: 'phase',
    rowId: row.rowId,
    label,
    start,
    end,
    status: 'planned',
  };
}

/**
 * A milestone on the day and row under a double click; null off a row. Not snapped: a milestone
 * is one date with no span to fill, and a unit's first day would be as arbitrary as its last.
 */
export function milestoneAt(
  point: { x: number; y: number },
  layout: RoadmapLayout,
  scale: TimeScale,
  label: string,
): Item | null {
  const row = rowAt(layout, point.y);
  if (!row?.rowId) return null;
  return {
    id: newId('item'),
    type: 'milestone',
    rowId: row.rowId,
    label,
    date: scale.dateAt(point.x),
    status: 'planned',
  };
}
