import { describe, expect, it } from 'vitest';
import { NO_FILTER, type RollupFilter } from '../../../../src/domain/rollup/rollupFilter';
import { rollupGroups, type Grouping } from '../../../../src/domain/rollup/rollupGroups';
import { generatePlan } from '../../../factories/generatePlan';
import { namesOf, twoCounties } from '../../../factories/rollupSources';

const sources = twoCounties();
const group = (grouping: Grouping, filter: Partial<RollupFilter> = {}) =>
  rollupGroups({ sources, names: namesOf(sources), grouping, filter: { ...NO_FILTER, ...filter } });
/** Each group as its id and its rows' plan › row names. */
const shape = (grouping: Grouping, filter: Partial<RollupFilter> = {}) =>
  group(grouping, filter).map((g) => [g.id, g.rows.map((r) => `${r.sourceName} › ${r.row.name}`)]);

describe('grouping the plans of a roll-up', () => {
  it('by plan gives each plan a lane per lane kind, in the plans’ and their lanes’ order', () => {
    expect(shape('plan')).toEqual([
      ['plan-s1-hallinto', ['Keski-Suomi › Sopimukset']],
      ['plan-s1-tosi', ['Keski-Suomi › Potilastieto']],
      ['plan-s2-tosi', ['Pirkanmaa › Asiakastieto', 'Pirkanmaa › Tyhjä rivi']],
      ['plan-s2-custom', ['Pirkanmaa › Asiointi']],
    ]);
  });

  it('collapses a plan’s lanes together, a kind’s lane alone', () => {
    expect(group('plan').map((g) => g.collapseId)).toEqual([
      'plan-s1',
      'plan-s1',
      'plan-s2',
      'plan-s2',
    ]);
    expect(group('kind').map((g) => g.collapseId)).toEqual([
      'kind-hallinto',
      'kind-tosi',
      'kind-custom',
    ]);
  });

  it('past the limit of lanes, gives each plan one lane of its own', () => {
    // Four lane kinds each (the generator's fifth lane is Hallinto again): 26 × 4 = 104 lanes.
    const many = Array.from({ length: 26 }, (_, i) => ({
      key: `m${i}`,
      plan: generatePlan({ items: 10, lanes: 5, seed: i + 1 }),
    }));
    const groups = rollupGroups({
      sources: many,
      names: new Map(),
      grouping: 'plan',
      filter: NO_FILTER,
    });
    expect(groups.map((g) => [g.id, g.kind, g.rows.length])).toEqual(
      many.map((s) => [`plan-${s.key}`, 'custom', 30]),
    );
  });

  it('by lane kind puts every county’s rows of a kind under one lane, custom lanes mapped by name', () => {
    expect(shape('kind')).toEqual([
      ['kind-hallinto', ['Keski-Suomi › Sopimukset']],
      [
        'kind-tosi',
        ['Keski-Suomi › Potilastieto', 'Pirkanmaa › Asiakastieto', 'Pirkanmaa › Tyhjä rivi'],
      ],
      ['kind-custom', ['Pirkanmaa › Asiointi']],
    ]);
  });

  it('carries each row’s items with their own ids', () => {
    const tosi = group('kind').find((g) => g.id === 'kind-tosi')!;
    expect(tosi.rows.map((r) => r.items.map((i) => i.id))).toEqual([['ks-2'], ['p-1', 'p-2'], []]);
  });
});

describe('filtering the roll-up', () => {
  it.each<[string, Partial<RollupFilter>, Grouping, unknown]>([
    [
      'by plan',
      { sourceKeys: new Set(['s2']) },
      'plan',
      [
        ['plan-s2-tosi', ['Pirkanmaa › Asiakastieto', 'Pirkanmaa › Tyhjä rivi']],
        ['plan-s2-custom', ['Pirkanmaa › Asiointi']],
      ],
    ],
    [
      'by lane kind',
      { kinds: new Set(['tosi'] as const) },
      'plan',
      [
        ['plan-s1-tosi', ['Keski-Suomi › Potilastieto']],
        ['plan-s2-tosi', ['Pirkanmaa › Asiakastieto', 'Pirkanmaa › Tyhjä rivi']],
      ],
    ],
    [
      'to late items (marked so, or past and not done), leaving out rows without any',
      { statuses: new Set(['late'] as const) },
      'kind',
      [
        ['kind-tosi', ['Keski-Suomi › Potilastieto', 'Pirkanmaa › Asiakastieto']],
        ['kind-custom', ['Pirkanmaa › Asiointi']],
      ],
    ],
    [
      'to two lane kinds at once',
      { kinds: new Set(['hallinto', 'custom'] as const) },
      'plan',
      [
        ['plan-s1-hallinto', ['Keski-Suomi › Sopimukset']],
        ['plan-s2-custom', ['Pirkanmaa › Asiointi']],
      ],
    ],
    [
      'to two statuses at once',
      { statuses: new Set(['done', 'atRisk'] as const) },
      'kind',
      [
        ['kind-hallinto', ['Keski-Suomi › Sopimukset']],
        ['kind-tosi', ['Pirkanmaa › Asiakastieto']],
      ],
    ],
    [
      'by text in an owner',
      { text: 'toimittaja x' },
      'kind',
      [['kind-tosi', ['Pirkanmaa › Asiakastieto']]],
    ],
    [
      'by text in a plan’s name',
      { text: 'KESKI' },
      'plan',
      [
        ['plan-s1-hallinto', ['Keski-Suomi › Sopimukset']],
        ['plan-s1-tosi', ['Keski-Suomi › Potilastieto']],
      ],
    ],
    ['to nothing', { text: 'ei mitään tällaista' }, 'kind', []],
  ])('%s', (_, filter, grouping, expected) => {
    expect(shape(grouping, filter)).toEqual(expected);
  });

  it('keeps only the items the status filter lets through', () => {
    const tosi = group('kind', { statuses: new Set(['late']) })[0]!;
    expect(tosi.rows.flatMap((r) => r.items.map((i) => i.id))).toEqual(['ks-2', 'p-2']);
  });
});
