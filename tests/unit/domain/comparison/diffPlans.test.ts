import '../../../../src/domain/partCommands';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../../src/domain/commands';
import { diffPlans } from '../../../../src/domain/comparison/diffPlans';
import { snapshotOf } from '../../../../src/domain/comparison/snapshotOf';
import type { Plan } from '../../../../src/domain/planSchema';
import { makeLane, makeMilestone, makePhase, makePlan } from '../../../factories/plans';

const TWO_LANES = makePlan({
  lanes: [
    makeLane(),
    makeLane({ id: 'lane-2', name: 'TORI', kind: 'tori', rows: [{ id: 'row-3', name: 'Talous' }] }),
  ],
});
const diff = (before: Plan, after: Plan, guess = false) =>
  diffPlans(snapshotOf(before), snapshotOf(after), { guess });
const after = (...commands: Command[]) => commands.reduce(applyCommand, TWO_LANES);

describe('diffPlans: one kind of change each', () => {
  it.each<[string, Command[], unknown[]]>([
    [
      'a phase moved 3 weeks later',
      [{ type: 'items/shift', ids: ['item-1'], shift: { amount: 21, unit: 'day' } }],
      [{ kind: 'moved', days: 21 }],
    ],
    [
      'a milestone moved a week earlier',
      [{ type: 'items/shift', ids: ['item-2'], shift: { amount: -7, unit: 'day' } }],
      [{ kind: 'moved', days: -7 }],
    ],
    [
      'a phase lengthened by its end',
      [{ type: 'item/update', id: 'item-1', changes: { end: '2022-10-14' } }],
      [{ kind: 'resized', days: 14 }],
    ],
    [
      'a phase shortened by its start',
      [{ type: 'item/update', id: 'item-1', changes: { start: '2022-09-05' } }],
      [
        { kind: 'moved', days: 4 },
        { kind: 'resized', days: -4 },
      ],
    ],
    [
      'an item moved to another row of its lane',
      [{ type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-1' }],
      [{ kind: 'row', fromRowId: 'row-2', toRowId: 'row-1', otherLane: false }],
    ],
    [
      'an item moved to another lane',
      [{ type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-3' }],
      [{ kind: 'row', fromRowId: 'row-2', toRowId: 'row-3', otherLane: true }],
    ],
    [
      'a status changed',
      [{ type: 'item/update', id: 'item-1', changes: { status: 'late' } }],
      [{ kind: 'status', from: 'inProgress', to: 'late' }],
    ],
    [
      'an item renamed',
      [{ type: 'item/update', id: 'item-1', changes: { label: 'Testaus ja validointi' } }],
      [{ kind: 'renamed', from: 'Testaus', to: 'Testaus ja validointi' }],
    ],
  ])('%s', (_, commands, changes) => {
    const result = diff(TWO_LANES, after(...commands));
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ kind: 'changed', changes });
  });

  it('reports an added item as added and a deleted one as removed', () => {
    const added = makeMilestone({ id: 'item-9', label: 'Go-live' });
    const result = diff(
      TWO_LANES,
      after({ type: 'item/add', item: added }, { type: 'items/delete', ids: ['item-2'] }),
    );
    expect(result.items.map((d) => [d.kind, d.id])).toEqual([
      ['removed', 'item-2'],
      ['added', 'item-9'],
    ]);
  });

  it('ignores what a baseline does not keep: owner, notes and link', () => {
    const edited = after({
      type: 'item/update',
      id: 'item-1',
      changes: { owner: 'PMO', notes: 'x', link: 'https://a.fi' },
    });
    expect(diff(TWO_LANES, edited).items).toEqual([]);
  });

  it('reports changed, added and removed tracks and markers', () => {
    const edited = after(
      {
        type: 'track/update',
        id: 'track-1',
        changes: { checkpoints: [{ date: '2022-06-01', percent: 10 }] },
      },
      { type: 'marker/delete', id: 'marker-1' },
      {
        type: 'marker/add',
        marker: { id: 'm-2', type: 'meeting', label: 'Ohjausryhmä', date: '2022-05-02' },
      },
    );
    const result = diff(TWO_LANES, edited);
    expect(result.tracks.map((d) => d.kind)).toEqual(['changed']);
    expect(result.markers.map((d) => d.kind)).toEqual(['removed', 'added']);
  });

  it('reports links added, removed and of another kind', () => {
    const link = (id: string, kind: 'finishToStart' | 'startToStart' = 'finishToStart') => ({
      id,
      from: 'item-2',
      to: 'item-1',
      kind,
    });
    const linked = after(
      { type: 'dependency/add', dependency: link('d-1') },
      { type: 'dependency/add', dependency: link('d-2') },
    );
    const edited = [
      { type: 'dependency/delete', id: 'd-1' },
      { type: 'dependency/update', id: 'd-2', kind: 'startToStart' },
      { type: 'dependency/add', dependency: link('d-3') },
    ].reduce((plan, command) => applyCommand(plan, command as Command), linked);
    expect(diff(linked, edited).links.map((d) => d.kind)).toEqual(['removed', 'changed', 'added']);
  });

  it('compares no links against a baseline saved before links existed', () => {
    const linked = after({
      type: 'dependency/add',
      dependency: { id: 'd-1', from: 'item-2', to: 'item-1', kind: 'finishToStart' },
    });
    const { dependencies: _, ...old } = snapshotOf(TWO_LANES);
    expect(diffPlans(old, snapshotOf(linked)).links).toEqual([]);
    expect(diff(TWO_LANES, linked).links.map((d) => d.kind)).toEqual(['added']);
  });

  it('finds no differences between identical plans', () => {
    expect(diff(TWO_LANES, structuredClone(TWO_LANES))).toMatchObject({
      items: [],
      tracks: [],
      markers: [],
    });
  });

  it('an empty plan against a full one: everything added, and the other way round, removed', () => {
    const empty = makePlan({ items: [], tracks: [], markers: [] });
    const full = diff(empty, TWO_LANES);
    expect(full.items.map((d) => d.kind)).toEqual(['added', 'added']);
    expect(full.tracks.map((d) => d.kind)).toEqual(['added']);
    expect(diff(TWO_LANES, empty).items.map((d) => d.kind)).toEqual(['removed', 'removed']);
  });

  it('keeps an item whose type changed apart: the milestone removed, the phase added', () => {
    const phase = makePhase({ id: 'item-2', rowId: 'row-1', label: 'Suunnittelu valmis' });
    const result = diff(TWO_LANES, after({ type: 'item/replace', item: phase }));
    expect(result.items.map((d) => d.kind)).toEqual(['removed', 'added']);
  });
});

describe('diffPlans: a plan from elsewhere, with ids of its own', () => {
  const renumbered = (plan: Plan): Plan => ({
    ...plan,
    lanes: plan.lanes.map((lane) => ({
      ...lane,
      id: `x-${lane.id}`,
      rows: lane.rows.map((row) => ({ ...row, id: `x-${row.id}` })),
    })),
    items: plan.items.map((item) => ({ ...item, id: `x-${item.id}`, rowId: `x-${item.rowId}` })),
    tracks: plan.tracks.map((track) => ({ ...track, rowId: `x-${track.rowId}` })),
  });

  it('pairs items by lane, row and label, marked as a guess, and finds what moved', () => {
    const other = renumbered(
      after({ type: 'items/shift', ids: ['item-1'], shift: { amount: 14, unit: 'day' } }),
    );
    const result = diff(TWO_LANES, other, true);
    expect(result.items).toEqual([
      expect.objectContaining({
        kind: 'changed',
        id: 'x-item-1',
        guessed: true,
        changes: [{ kind: 'moved', days: 14 }],
      }),
    ]);
  });

  it('without guessing, the same file is all removed and added', () => {
    const result = diff(TWO_LANES, renumbered(TWO_LANES), false);
    expect(result.items.map((d) => d.kind).sort()).toEqual([
      'added',
      'added',
      'removed',
      'removed',
    ]);
  });

  it('does not guess between two items that share lane, row and label', () => {
    const twins = after({ type: 'item/add', item: makePhase({ id: 'item-3' }) });
    const result = diff(twins, renumbered(twins), true);
    expect(result.items.filter((d) => d.kind === 'changed')).toEqual([]);
    expect(result.items.filter((d) => d.kind !== 'changed')).toHaveLength(4);
  });

  it('an id match wins over a guess', () => {
    const other = renumbered(TWO_LANES);
    other.items = [...other.items, makeMilestone({ rowId: 'x-row-1', date: '2022-05-01' })];
    const result = diff(TWO_LANES, other, true);
    expect(result.byId.get('item-2')).toMatchObject({
      kind: 'changed',
      guessed: false,
      changes: [{ kind: 'moved', days: 30 }],
    });
  });
});
