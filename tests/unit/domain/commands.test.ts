import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/domain/calendarDate';
import { applyCommand, type Command } from '../../../src/domain/commands';
import { execute } from '../../../src/domain/execute';
import { planSchema, type Plan } from '../../../src/domain/planSchema';
import { serializePlanFile } from '../../../src/io/planFile';
import { FIXED_META } from '../../factories/files';
import { makeLane, makeMilestone, makePhase, makePlan } from '../../factories/plans';

const plan = makePlan({ items: [makePhase(), makeMilestone()] });
const file = (p: Plan) => serializePlanFile(p, FIXED_META);
const item = (p: Plan, id: string) => p.items.find((i) => i.id === id);

describe('commands', () => {
  it.each<[string, Command, (next: Plan) => void]>([
    [
      'shift items by two weeks',
      { type: 'items/shift', ids: ['item-1', 'item-2'], shift: { amount: 14, unit: 'day' } },
      (next) => {
        expect(item(next, 'item-1')).toMatchObject({ start: '2022-09-15', end: '2022-10-14' });
        expect(item(next, 'item-2')).toMatchObject({ date: '2022-04-15' });
      },
    ],
    [
      'shift by a month keeps the day of the month',
      { type: 'items/shift', ids: ['item-1'], shift: { amount: 1, unit: 'month' } },
      (next) => {
        expect(item(next, 'item-1')).toMatchObject({ start: '2022-10-01', end: '2022-10-30' });
      },
    ],
    [
      'shift everything after a date',
      { type: 'items/shiftAfter', date: '2022-05-01', shift: { amount: 21, unit: 'day' } },
      (next) => {
        expect(item(next, 'item-1')).toMatchObject({ start: '2022-09-22' });
        expect(item(next, 'item-2')).toMatchObject({ date: '2022-04-01' });
      },
    ],
    [
      'restore an earlier version of the whole plan',
      { type: 'plan/restore', plan: makePlan({ title: 'Eilen' }), savedAt: '2022-06-14T12:00:00Z' },
      (next) => expect(next).toEqual(makePlan({ title: 'Eilen' })),
    ],
    [
      'resize a phase',
      { type: 'item/update', id: 'item-1', changes: { end: '2022-10-15' } },
      (next) => {
        expect(item(next, 'item-1')).toMatchObject({ start: '2022-09-01', end: '2022-10-15' });
      },
    ],
    [
      'edit a label and clear the owner',
      {
        type: 'item/update',
        id: 'item-2',
        changes: { label: 'Suunnittelu valmis?', owner: undefined, status: 'tentative' },
      },
      (next) => {
        expect(item(next, 'item-2')).toEqual({
          ...item(plan, 'item-2'),
          label: 'Suunnittelu valmis?',
          status: 'tentative',
        });
      },
    ],
    [
      'move items to another row',
      { type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-1' },
      (next) => {
        expect(item(next, 'item-1')?.rowId).toBe('row-1');
      },
    ],
    [
      'add an item',
      { type: 'item/add', item: makeMilestone({ id: 'new', date: '2022-05-05' }) },
      (next) => {
        expect(next.items).toHaveLength(3);
      },
    ],
    [
      'delete items',
      { type: 'items/delete', ids: ['item-1'] },
      (next) => {
        expect(next.items.map((i) => i.id)).toEqual(['item-2']);
      },
    ],
    [
      'rename the plan',
      { type: 'plan/update', changes: { title: 'Uusi nimi' } },
      (next) => expect(next.title).toBe('Uusi nimi'),
    ],
    [
      'collapse a lane',
      { type: 'lane/update', id: 'lane-1', changes: { collapsed: true } },
      (next) => expect(next.lanes[0]?.collapsed).toBe(true),
    ],
    [
      'add a lane',
      {
        type: 'lane/add',
        lane: makeLane({ id: 'lane-2', name: 'Rahoitus', kind: 'custom', rows: [] }),
      },
      (next) => expect(next.lanes).toHaveLength(2),
    ],
    [
      'delete a lane with its items and tracks',
      { type: 'lane/delete', id: 'lane-1' },
      (next) => {
        expect([next.lanes, next.items, next.tracks]).toEqual([[], [], []]);
      },
    ],
    [
      'add a row',
      { type: 'row/add', laneId: 'lane-1', row: { id: 'row-3', name: 'Uusi rivi' } },
      (next) => expect(next.lanes[0]?.rows).toHaveLength(3),
    ],
    [
      'rename a row',
      { type: 'row/rename', id: 'row-2', name: 'Kliiniset' },
      (next) => expect(next.lanes[0]?.rows[1]?.name).toBe('Kliiniset'),
    ],
    [
      'move a row up',
      { type: 'row/move', id: 'row-2', toIndex: 0 },
      (next) => expect(next.lanes[0]?.rows.map((r) => r.id)).toEqual(['row-2', 'row-1']),
    ],
    [
      'delete a row with its items and tracks',
      { type: 'row/delete', id: 'row-1' },
      (next) => {
        expect(next.items.map((i) => i.id)).toEqual(['item-1']);
        expect(next.tracks).toEqual([]);
      },
    ],
    [
      'edit a track',
      {
        type: 'track/update',
        id: 'track-1',
        changes: { checkpoints: [{ date: '2022-06-01', percent: 10 }] },
      },
      (next) => {
        expect(next.tracks[0]?.checkpoints).toEqual([{ date: '2022-06-01', percent: 10 }]);
      },
    ],
    [
      'add a track',
      {
        type: 'track/add',
        track: { id: 'track-2', rowId: 'row-2', label: 'Tilit', checkpoints: [] },
      },
      (next) => expect(next.tracks).toHaveLength(2),
    ],
    [
      'delete a track',
      { type: 'track/delete', id: 'track-1' },
      (next) => expect(next.tracks).toEqual([]),
    ],
    [
      'add a meeting',
      {
        type: 'marker/add',
        marker: { id: 'm2', type: 'meeting', label: 'Ohjausryhmä', date: '2022-09-12' },
      },
      (next) => expect(next.markers).toHaveLength(2),
    ],
    [
      'replace a marker',
      {
        type: 'marker/replace',
        marker: {
          id: 'marker-1',
          type: 'blackout',
          label: 'Kesätauko',
          start: '2022-07-04',
          end: '2022-07-31',
        },
      },
      (next) => {
        expect(next.markers[0]).toMatchObject({ label: 'Kesätauko', start: '2022-07-04' });
      },
    ],
    [
      'delete a marker',
      { type: 'marker/delete', id: 'marker-1' },
      (next) => expect(next.markers).toEqual([]),
    ],
    [
      'replace an item with a phase',
      {
        type: 'item/replace',
        item: makePhase({ id: 'item-2', rowId: 'row-1', start: '2022-04-01', end: '2022-04-30' }),
      },
      (next) => {
        expect(item(next, 'item-2')).toMatchObject({ type: 'phase', end: '2022-04-30' });
      },
    ],
  ])(
    '%s: applies, gives a valid plan, and leaves the original untouched',
    (_name, command, check) => {
      const before = file(plan);
      const result = execute(plan, command);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      check(result.plan);
      expect(planSchema.safeParse(result.plan).success).toBe(true);
      expect(file(plan)).toBe(before);
    },
  );

  it.each<[string, Command]>([
    [
      'a phase end before its start',
      { type: 'item/update', id: 'item-1', changes: { end: '2022-08-01' } },
    ],
    ['a blank label', { type: 'item/update', id: 'item-1', changes: { label: ' ' } }],
    [
      'a move to a row that does not exist',
      { type: 'items/moveToRow', ids: ['item-1'], rowId: 'nope' },
    ],
    ['a duplicate id', { type: 'item/add', item: makeMilestone({ id: 'item-1' }) }],
    [
      'checkpoints out of order',
      {
        type: 'track/update',
        id: 'track-1',
        changes: {
          checkpoints: [
            { date: '2022-09-01', percent: 10 },
            { date: '2022-06-01', percent: 20 },
          ],
        },
      },
    ],
    [
      'a break that ends before it starts',
      {
        type: 'marker/replace',
        marker: {
          id: 'marker-1',
          type: 'blackout',
          label: 'x',
          start: '2022-08-01',
          end: '2022-07-01',
        },
      },
    ],
    [
      'a javascript: link',
      { type: 'item/update', id: 'item-2', changes: { link: 'javascript:alert(1)' } },
    ],
  ])('refuses %s and keeps the plan', (_name, command) => {
    expect(execute(plan, command)).toMatchObject({ ok: false });
  });

  it('shifting there and back restores the file byte for byte', () => {
    const there = applyCommand(plan, {
      type: 'items/shift',
      ids: ['item-1', 'item-2'],
      shift: { amount: 14, unit: 'day' },
    });
    const back = applyCommand(there, {
      type: 'items/shift',
      ids: ['item-1', 'item-2'],
      shift: { amount: -14, unit: 'day' },
    });
    expect(file(back)).toBe(file(plan));
  });
});

describe('addMonths', () => {
  it.each([
    ['2022-01-31', 1, '2022-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2022-03-15', -3, '2021-12-15'],
    ['2022-12-01', 1, '2023-01-01'],
    ['2022-05-31', 1, '2022-06-30'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
