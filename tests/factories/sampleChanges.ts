import '../../src/domain/partCommands';
import type { Command } from '../../src/domain/commands';
import { takeBaseline } from '../../src/domain/comparison/snapshotOf';
import type { Item, Plan } from '../../src/domain/planSchema';

/**
 * What a steering group saw and what changed since, on Keski-Suomi's sample: its baseline
 * "Ohjausryhmä 14.3.2022", then a phase moved 3 weeks later, a milestone 5 days earlier, a phase
 * lengthened by 2 weeks, one deleted, one added, a milestone moved to another row and a status
 * changed. Free of Node, so a page in a browser can make it too.
 */
export function sampleChanges(sample: Plan): Command[] {
  const milestone = (id: string) =>
    sample.items.find((i) => i.id === id) as Extract<Item, { type: 'milestone' }>;
  const baseline = takeBaseline(sample, {
    id: 'baseline-1',
    name: 'Ohjausryhmä 14.3.2022',
    savedOn: '2022-03-14',
  });
  return [
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
}
