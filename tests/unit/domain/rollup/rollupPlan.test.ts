import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../../src/domain/planSchema';
import { NO_FILTER } from '../../../../src/domain/rollup/rollupFilter';
import { rollupGroups, type Grouping } from '../../../../src/domain/rollup/rollupGroups';
import { rollupPlan, withCollapsed } from '../../../../src/domain/rollup/rollupPlan';
import { nationalMarkers } from '../../../../src/domain/rollup/nationalMarkers';
import { sourceNames } from '../../../../src/domain/rollup/sourceNames';
import type { RollupSource } from '../../../../src/domain/rollup/rollupSource';
import { generatePlan } from '../../../factories/generatePlan';
import { makePlan } from '../../../factories/plans';
import { namesOf, twoCounties } from '../../../factories/rollupSources';

function build(sources: RollupSource[], grouping: Grouping, collapsed = new Set<string>()) {
  const names = namesOf(sources);
  const groups = rollupGroups({ sources, names, grouping, filter: NO_FILTER });
  return rollupPlan({
    title: 'Kokonaiskuva',
    sources,
    groups,
    collapsed,
    kindName: (kind) => kind.toUpperCase(),
    sourceName: (key) => names.get(key) ?? key,
  });
}

describe('the roll-up drawn as one plan', () => {
  it.each<Grouping>(['plan', 'kind'])('passes the plan schema grouped by %s', (grouping) => {
    const { plan } = build(twoCounties(), grouping);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('names rows by lane under a plan, and by county under a lane kind', () => {
    expect(
      build(twoCounties(), 'plan').plan.lanes.map((l) => [
        l.name,
        l.kind,
        l.rows.map((r) => r.name),
      ]),
    ).toEqual([
      ['Keski-Suomi', 'hallinto', ['A. Hallinnolliset tehtävät › Sopimukset']],
      ['Keski-Suomi', 'tosi', ['C. TOSI › Potilastieto']],
      [
        'Pirkanmaa',
        'tosi',
        [
          'Toimialasidonnaiset järjestelmät › Asiakastieto',
          'Toimialasidonnaiset järjestelmät › Tyhjä rivi',
        ],
      ],
      ['Pirkanmaa', 'custom', ['Digiohjelma › Asiointi']],
    ]);
    expect(
      build(twoCounties(), 'kind').plan.lanes.map((l) => [l.name, l.kind, l.rows.length]),
    ).toEqual([
      ['HALLINTO', 'hallinto', 1],
      ['TOSI', 'tosi', 3],
      ['CUSTOM', 'custom', 1],
    ]);
  });

  it('gives items fresh ids and remembers where each came from, though two plans use the same ids', () => {
    const sources: RollupSource[] = [
      { key: 'a', plan: makePlan({ organisation: 'A' }) },
      { key: 'b', plan: makePlan({ organisation: 'B' }) },
    ];
    const { plan, origins } = build(sources, 'kind');
    expect(new Set(plan.items.map((i) => i.id)).size).toBe(4);
    expect(plan.items.map((i) => origins.get(i.id))).toEqual([
      { sourceKey: 'a', itemId: 'item-2' },
      { sourceKey: 'a', itemId: 'item-1' },
      { sourceKey: 'b', itemId: 'item-2' },
      { sourceKey: 'b', itemId: 'item-1' },
    ]);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('draws a collapsed group collapsed: a kind’s lane, or all of a plan’s lanes', () => {
    const collapsed = (grouping: Grouping, id: string) =>
      build(twoCounties(), grouping, new Set([id]))
        .plan.lanes.filter((l) => l.collapsed)
        .map((l) => l.id);
    expect(collapsed('kind', 'kind-tosi')).toEqual(['kind-tosi']);
    expect(collapsed('plan', 'plan-s2')).toEqual(['plan-s2-tosi', 'plan-s2-custom']);
  });

  it('collapses a group keeping the other lanes and every item as they were, for the layout’s cache', () => {
    const sources = twoCounties();
    const groups = rollupGroups({
      sources,
      names: namesOf(sources),
      grouping: 'plan',
      filter: NO_FILTER,
    });
    const { plan } = build(sources, 'plan');
    const shut = withCollapsed(plan, groups, new Set(['plan-s1']));
    expect(shut.lanes.map((l) => l.collapsed)).toEqual([true, true, false, false]);
    expect(shut.lanes.slice(2)).toEqual(plan.lanes.slice(2));
    expect(shut.lanes[2]).toBe(plan.lanes[2]);
    expect(shut.items).toBe(plan.items);
    expect(withCollapsed(plan, groups, new Set())).toBe(plan);
  });

  it('is as confidential as its most confidential plan and spans every plan’s window', () => {
    const { plan } = build(twoCounties(), 'plan');
    expect(plan.classification).toBe('confidential');
    expect(plan.window).toEqual({ start: '2021-06-01', end: '2023-06-30' });
  });

  it('gives the key dates every plan has once, in the first plan’s words, and no county’s meetings', () => {
    expect(build(twoCounties(), 'plan').plan.markers).toEqual([
      { id: 'm1', type: 'keyDate', label: 'Aloitus', date: '2023-01-01' },
    ]);
  });

  it('draws the national milestones given with the shared dates; on a shared day, in their words', () => {
    const sources = twoCounties();
    const names = namesOf(sources);
    const { plan } = rollupPlan({
      title: 'Kokonaiskuva',
      sources,
      groups: rollupGroups({ sources, names, grouping: 'plan', filter: NO_FILTER }),
      collapsed: new Set(),
      kindName: (kind) => kind,
      sourceName: (key) => key,
      milestones: [
        { date: '2022-10-31', label: 'Rahoitushaku päättyy' },
        { date: '2023-01-01', label: 'Hyvinvointialueet aloittavat' },
      ],
    });
    expect(plan.markers).toEqual([
      { id: 'm1', type: 'keyDate', label: 'Rahoitushaku päättyy', date: '2022-10-31' },
      { id: 'm2', type: 'keyDate', label: 'Hyvinvointialueet aloittavat', date: '2023-01-01' },
    ]);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('shares no marker that a plan lacks', () => {
    const [a, b] = twoCounties();
    expect(nationalMarkers([a!.plan, { ...b!.plan, markers: [] }])).toEqual([]);
  });

  it('passes the schema with 22 generated plans of 700 items', () => {
    const sources = Array.from({ length: 22 }, (_, i) => ({
      key: `s${i}`,
      plan: { ...generatePlan({ items: 700, seed: i + 1 }), organisation: `Alue ${i + 1}` },
    }));
    const { plan } = build(sources, 'kind');
    expect(plan.items).toHaveLength(15_400);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });
});

describe('what the plans are called in the roll-up', () => {
  it.each([
    [
      'the organisations when all differ',
      [
        ['ICT', 'Keski-Suomi'],
        ['ICT', 'Pirkanmaa'],
      ],
      ['Keski-Suomi', 'Pirkanmaa'],
    ],
    [
      'the titles when organisations repeat',
      [
        ['ICT-muutos', 'Keski-Suomi'],
        ['Digiohjelma', 'Keski-Suomi'],
      ],
      ['ICT-muutos', 'Digiohjelma'],
    ],
    [
      'titles set apart by file name when alike',
      [
        ['ICT', 'A'],
        ['ICT', 'A'],
      ],
      ['ICT (a.json)', 'ICT (2)'],
    ],
  ])('%s', (_, plans, expected) => {
    const sources = plans.map(([title, organisation], i) => ({
      key: `s${i}`,
      plan: makePlan({ title: title!, organisation: organisation! }),
      ...(i === 0 ? { fileName: 'a.json' } : {}),
    }));
    expect([...sourceNames(sources).values()]).toEqual(expected);
  });
});
