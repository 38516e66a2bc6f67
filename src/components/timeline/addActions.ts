import type { Command } from '../../domain/commands';
import { createLane } from '../../domain/planFactory';
import type { Item, Plan } from '../../domain/planSchema';
import type { Translate } from '../../i18n/translate';
import '../../state/laterMessages';
import {
  laneForNewRow,
  newMeeting,
  newMilestone,
  newPhase,
  newRow,
  newTrack,
  rowForNew,
  viewCentre,
} from './newThings';
import type { PanelContent } from './roadmapPanel.svelte';
import type { AddKind } from './addKinds';

/** What an add needs of the roadmap: loaded with the first add, never on the first screen. */
export interface AddContext {
  plan: Plan;
  viewport: { width: number; pxPerDay: number; scrollLeft: number };
  /** The selected item's row: where a new thing goes first. */
  preferredRow: string | null;
  t: Translate;
  onexec: (command: Command) => boolean;
  /** A new item: added, selected, opened to edit. */
  create: (item: Item) => void;
  show: (content: PanelContent) => void;
}

export function addItem(
  context: AddContext,
  kind: 'milestone' | 'phase',
  rowId = rowForNew(context.plan, context.preferredRow),
): void {
  const { plan, viewport, t } = context;
  if (!rowId) return addThing(context, 'lane');
  const date = viewCentre(plan, viewport);
  context.create(
    kind === 'milestone'
      ? newMilestone(rowId, date, t('editor.newMilestone'))
      : newPhase(rowId, date, t('editor.newPhase')),
  );
}

export function addThing(context: AddContext, kind: AddKind): void {
  const { plan, viewport, preferredRow, t, onexec, show } = context;
  if (kind === 'milestone' || kind === 'phase') return addItem(context, kind);
  if (kind === 'meeting') {
    const marker = newMeeting(viewCentre(plan, viewport), t('markers.newLabel'));
    if (onexec({ type: 'marker/add', marker })) show({ kind: 'markers', focusId: marker.id });
    return;
  }
  if (kind === 'track') {
    const rowId = rowForNew(plan, preferredRow);
    if (!rowId) return addThing(context, 'lane');
    const track = newTrack(rowId, viewCentre(plan, viewport), t('track.newLabel'));
    if (onexec({ type: 'track/add', track })) show({ kind: 'track', id: track.id });
    return;
  }
  const laneId = kind === 'row' ? laneForNewRow(plan, preferredRow) : null;
  if (laneId) {
    const row = newRow(t('lanes.newRow'));
    if (onexec({ type: 'row/add', laneId, row })) show({ kind: 'lanes', focusId: row.id });
    return;
  }
  const lane = { ...createLane('custom', t('lanes.newLane')), rows: [newRow(t('lanes.newRow'))] };
  if (onexec({ type: 'lane/add', lane })) show({ kind: 'lanes', focusId: lane.id });
}
