import '../../../../src/domain/partCommands';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../../src/domain/commands';
import {
  brokenDependencies,
  dependencyHolds,
} from '../../../../src/domain/dependencies/brokenDependencies';
import { brokenByMove } from '../../../../src/domain/dependencies/brokenByMove';
import { findCycle } from '../../../../src/domain/dependencies/findCycle';
import { brokenText } from '../../../../src/i18n/brokenText';
import { linkableTo, successorsOf } from '../../../../src/domain/dependencies/successors';
import { execute } from '../../../../src/domain/execute';
import type { Dependency, DependencyKind, Item, Plan } from '../../../../src/domain/planSchema';
import { parsePlanText } from '../../../../src/io/parsePlanFile';
import { shiftAfterCommand } from '../../../../src/domain/dependencies/shiftAfterCommand';
import { makeFileText } from '../../../factories/files';
import { makeMilestone, makePhase, makePlan } from '../../../factories/plans';

const link = (
  from: string,
  to: string,
  kind: DependencyKind = 'finishToStart',
  id = `${from}-${to}`,
): Dependency => ({ id, from, to, kind });
const edges = (pairs: string) =>
  pairs.split(' ').map((pair) => ({ from: pair[0] as string, to: pair[1] as string }));

describe('findCycle', () => {
  it.each([
    ['no links', '', null],
    ['a chain', 'ab bc cd', null],
    ['a diamond', 'ab ac bd cd', null],
    ['a loop of two', 'ab ba', ['a', 'b', 'a']],
    ['a loop of three behind a chain', 'xa ab bc ca', ['a', 'b', 'c', 'a']],
  ])('%s', (_, pairs, cycle) => {
    expect(findCycle(pairs ? edges(pairs) : [])).toEqual(cycle);
  });

  it('walks a chain of 20,000 links without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => ({ from: `n${i}`, to: `n${i + 1}` }));
    expect(findCycle(chain)).toBeNull();
    expect(findCycle([...chain, { from: 'n20000', to: 'n0' }])).toHaveLength(20_002);
  });
});

const phase = (start: string, end: string, id = 'p'): Item => makePhase({ id, start, end });
const milestone = (date: string, id = 'm'): Item => makeMilestone({ id, date });

describe('dependencyHolds: each kind', () => {
  it.each<[DependencyKind, Item, Item, boolean]>([
    [
      'finishToStart',
      phase('2022-09-01', '2022-09-15'),
      phase('2022-09-16', '2022-10-01', 'q'),
      true,
    ],
    [
      'finishToStart',
      phase('2022-09-01', '2022-09-15'),
      phase('2022-09-15', '2022-10-01', 'q'),
      true,
    ],
    [
      'finishToStart',
      phase('2022-09-01', '2022-09-15'),
      phase('2022-09-14', '2022-10-01', 'q'),
      false,
    ],
    ['finishToStart', phase('2022-09-01', '2022-09-15'), milestone('2022-09-10'), false],
    [
      'finishToFinish',
      phase('2022-09-01', '2022-09-15'),
      phase('2022-08-01', '2022-09-15', 'q'),
      true,
    ],
    [
      'finishToFinish',
      phase('2022-09-01', '2022-09-15'),
      phase('2022-08-01', '2022-09-14', 'q'),
      false,
    ],
    [
      'startToStart',
      phase('2022-09-01', '2022-09-15'),
      phase('2022-09-01', '2022-09-02', 'q'),
      true,
    ],
    [
      'startToStart',
      phase('2022-09-01', '2022-09-15'),
      phase('2022-08-31', '2022-10-02', 'q'),
      false,
    ],
  ])('%s from %o to %o holds: %s', (kind, from, to, holds) => {
    expect(dependencyHolds({ kind }, from, to)).toBe(holds);
  });

  it('finds the broken links of a plan', () => {
    const items = [
      phase('2022-09-01', '2022-09-15', 'a'),
      milestone('2022-09-10', 'b'),
      milestone('2022-10-01', 'c'),
    ];
    expect(brokenDependencies([link('a', 'b'), link('a', 'c')], items).map((d) => d.id)).toEqual([
      'a-b',
    ]);
  });
});

const PLAN: Plan = makePlan({
  items: [
    makePhase({ id: 'palkat', label: 'Palkanlaskenta' }),
    makeMilestone({ id: 'golive', label: 'Potilastietojärjestelmä käyttöön', date: '2022-10-15' }),
    makeMilestone({ id: 'koulutus', label: 'Koulutus', date: '2022-11-01' }),
  ],
  dependencies: [link('palkat', 'golive')],
});

describe('dependency commands', () => {
  it.each<[string, Command]>([
    ['add', { type: 'dependency/add', dependency: link('golive', 'koulutus') }],
    ['change the kind', { type: 'dependency/update', id: 'palkat-golive', kind: 'startToStart' }],
    ['delete', { type: 'dependency/delete', id: 'palkat-golive' }],
  ])('%s is a checked command that changes the links', (_, command) => {
    const result = execute(PLAN, command);
    expect(result.ok).toBe(true);
    expect(result.ok && result.plan.dependencies).not.toEqual(PLAN.dependencies);
  });

  it('deleting an item takes its links with it', () => {
    const next = applyCommand(PLAN, { type: 'items/delete', ids: ['golive'] });
    expect(next.dependencies).toEqual([]);
    expect(execute(PLAN, { type: 'items/delete', ids: ['golive'] }).ok).toBe(true);
  });

  it('deleting a row takes the links of its items with it', () => {
    expect(execute(PLAN, { type: 'row/delete', id: 'row-1' }).ok).toBe(true);
    expect(applyCommand(PLAN, { type: 'row/delete', id: 'row-1' }).dependencies).toEqual([]);
  });

  it.each<[string, Dependency]>([
    ['a link to a missing item', link('palkat', 'nope')],
    ['a link of an item to itself', link('golive', 'golive')],
    ['a link that closes a circle', link('golive', 'palkat')],
    ['a link with an id already used', link('golive', 'koulutus', 'finishToStart', 'palkat')],
  ])('refuses %s', (_, dependency) => {
    expect(execute(PLAN, { type: 'dependency/add', dependency }).ok).toBe(false);
  });

  it('finds every item that depends on the moved ones, through others too', () => {
    const chain = applyCommand(PLAN, {
      type: 'dependency/add',
      dependency: link('golive', 'koulutus'),
    });
    expect([...successorsOf(chain.dependencies, ['palkat'])].sort()).toEqual([
      'golive',
      'koulutus',
    ]);
  });
});

describe('a file with dependencies', () => {
  it('is refused when they run in a circle, naming the items along it', () => {
    const looped = {
      ...PLAN,
      dependencies: [
        link('palkat', 'golive'),
        link('golive', 'koulutus'),
        link('koulutus', 'palkat'),
      ],
    };
    const result = parsePlanText(
      makeFileText(PLAN).replace(
        '"dependencies": [',
        `"dependencies": [${JSON.stringify(looped.dependencies.slice(1)).slice(1, -1)},`,
      ),
    );
    expect(result.ok ? 'opened' : result.error.code).toBe('invalid-data');
    const issues = !result.ok && result.error.code === 'invalid-data' ? result.error.issues : [];
    expect(issues.map((i) => [i.problem, i.params.items])).toEqual([
      [
        'dependencyCycle',
        '”Potilastietojärjestelmä käyttöön” → ”Koulutus” → ”Palkanlaskenta” → ”Potilastietojärjestelmä käyttöön”',
      ],
    ]);
  });

  it('round-trips its links byte for byte', () => {
    const text = makeFileText(PLAN);
    const opened = parsePlanText(text);
    expect(opened.ok && makeFileText(opened.plan)).toBe(text);
  });
});

describe('linkableTo', () => {
  const chain = [link('a', 'b'), link('b', 'c')];
  const ids = ['a', 'b', 'c', 'd'];
  it('offers as predecessors only items that close no circle and are not linked yet', () => {
    expect(linkableTo(chain, ids, 'b', 'predecessor')).toEqual(['d']);
    expect(linkableTo(chain, ids, 'a', 'predecessor')).toEqual(['d']);
    expect(linkableTo(chain, ids, 'c', 'predecessor')).toEqual(['a', 'd']);
  });
  it('offers as successors only items that close no circle and are not linked yet', () => {
    expect(linkableTo(chain, ids, 'b', 'successor')).toEqual(['d']);
    expect(linkableTo(chain, ids, 'a', 'successor')).toEqual(['c', 'd']);
  });
});

describe('moving the schedule with the items that depend on it', () => {
  const plan = makePlan({
    items: [
      makeMilestone({ id: 'early', date: '2022-03-01' }),
      makeMilestone({ id: 'late', date: '2022-09-01' }),
    ],
    dependencies: [link('late', 'early')],
  });
  const shift = { amount: 14, unit: 'day' } as const;

  it('without the choice moves only what starts on or after the date', () => {
    expect(shiftAfterCommand(plan, '2022-06-01', shift, false)).toEqual({
      type: 'items/shiftAfter',
      date: '2022-06-01',
      shift,
    });
  });

  it('with it moves their successors by the same amount, in one command', () => {
    const command = shiftAfterCommand(plan, '2022-06-01', shift, true);
    expect(command).toEqual({ type: 'items/shift', ids: ['late', 'early'], shift });
    const moved = applyCommand(plan, command);
    expect(moved.items.map((i) => (i.type === 'milestone' ? i.date : ''))).toEqual([
      '2022-03-15',
      '2022-09-15',
    ]);
  });
});

describe('what a drag would break', () => {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    `${key}(${Object.values(params).join(', ')})`;
  it('names the predecessor and the date the moved item has to respect', () => {
    const moved = makeMilestone({
      id: 'golive',
      label: 'Potilastietojärjestelmä käyttöön',
      date: '2022-09-10',
    });
    const [broken] = brokenByMove(PLAN, [moved]);
    expect(broken?.other.label).toBe('Palkanlaskenta');
    expect(broken && brokenText(broken, t as never, 'fi')).toBe(
      'deps.dragBroken(Palkanlaskenta, deps.whenFinishes(30.9.2022))',
    );
  });

  it('names the successor and its start when the predecessor is moved past it', () => {
    const moved = makePhase({
      id: 'palkat',
      label: 'Palkanlaskenta',
      start: '2022-10-01',
      end: '2022-10-20',
    });
    const [broken] = brokenByMove(PLAN, [moved]);
    expect(broken && brokenText(broken, t as never, 'fi')).toBe(
      'deps.dragBroken(Potilastietojärjestelmä käyttöön, deps.whenStarts(15.10.2022))',
    );
  });

  it('finds nothing when the move keeps every link', () => {
    expect(brokenByMove(PLAN, [makeMilestone({ id: 'golive', date: '2022-11-01' })])).toEqual([]);
  });
});
