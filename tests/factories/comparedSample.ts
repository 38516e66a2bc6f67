import { applyCommand, type Command } from '../../src/domain/commands';
import { takeBaseline } from '../../src/domain/comparison/snapshotOf';
import type { Item, Plan } from '../../src/domain/planSchema';
import type { ComparedDrawing } from '../../src/drawing/comparedDrawing';
import { parsePlanText } from '../../src/io/parsePlanFile';
import { compare } from '../../src/state/compareEngine';
import { SAMPLE_TEXT } from './fixtures';

const parsed = parsePlanText(SAMPLE_TEXT);
export const SAMPLE = (parsed.ok ? parsed.plan : null) as Plan;

const milestone = (id: string) =>
  SAMPLE.items.find((i) => i.id === id) as Extract<Item, { type: 'milestone' }>;

/**
 * Keski-Suomi's sample after a steering group: its baseline "Ohjausryhmä 14.3.2022", then a
 * phase moved 3 weeks later, a milestone 5 days earlier, a phase lengthened by 2 weeks, one
 * deleted, one added, a milestone moved to another row and a status changed.
 */
export function comparedSample(): { plan: Plan; compared: ComparedDrawing } {
  const baseline = takeBaseline(SAMPLE, {
    id: 'baseline-1',
    name: 'Ohjausryhmä 14.3.2022',
    savedOn: '2022-03-14',
  });
  const commands: Command[] = [
    { type: 'baseline/add', baseline },
    { type: 'item/update', id: 'p-027', changes: { start: '2022-08-22', end: '2022-10-21' } },
    { type: 'item/update', id: 'm-026', changes: { date: '2022-06-10' } },
    { type: 'item/update', id: 'p-035', changes: { end: '2022-10-21' } },
    { type: 'items/delete', ids: ['p-021'] },
    {
      type: 'item/add',
      item: { ...milestone('m-061'), id: 'm-new', label: 'Alueverkko valmis', date: '2022-12-20' },
    },
    { type: 'items/moveToRow', ids: ['m-061'], rowId: 'row-ad' },
    { type: 'item/update', id: 'p-062', changes: { status: 'late' } },
  ];
  const plan = commands.reduce(applyCommand, SAMPLE);
  const result = compare(plan, { kind: 'baseline' });
  if (!result) throw new Error('the sample has no baseline');
  return { plan, compared: { ...result, dimUnchanged: false } };
}
