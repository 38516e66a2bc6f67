import { describe, expect, it } from 'vitest';
import { NO_FILTER, type RollupFilter } from '../../../../src/domain/rollup/rollupFilter';
import { rollupGroups, type Grouping } from '../../../../src/domain/rollup/rollupGroups';
import { namesOf, twoCounties } from '../../../factories/rollupSources';

const sources = twoCounties();
const group = (grouping: Grouping, filter: Partial<RollupFilter> = {}) =>
  rollupGroups({ sources, names: namesOf(sources), grouping, filter: { ...NO_FILTER, ...filter } });
/** Each group as its id and its rows' plan › row names. */
const shape = (grouping: Grouping, filter: Partial<RollupFilter> = {}) =>
  group(grouping, filter).map((g) => [g.id, g.rows.map((r) => `${r.sourceName} › ${r.row.name}`)]);

describe('grouping the plans of a roll-up', () => {
  it('by plan nests each plan’s lanes’ rows under the plan, in the plans’ order', () => {
    expect(shape('plan')).toEqual([
      ['plan-s1', ['Keski-Suomi › Sopimukset', 'Keski-Suomi › Potilastieto']],
      ['plan-s2', ['Pirkanmaa › Asiakastieto', 'Pirkanmaa › Tyhjä rivi', 'Pirkanmaa › Asiointi']],
    ]);
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
      [['plan-s2', ['Pirkanmaa › Asiakastieto', 'Pirkanmaa › Tyhjä rivi', 'Pirkanmaa › Asiointi']]],
    ],
    [
      'by lane kind',
      { kinds: new Set(['tosi'] as const) },
      'plan',
      [
        ['plan-s1', ['Keski-Suomi › Potilastieto']],
        ['plan-s2', ['Pirkanmaa › Asiakastieto', 'Pirkanmaa › Tyhjä rivi']],
      ],
    ],
    [
      'to late items, leaving out rows without any',
      { statuses: new Set(['late'] as const) },
      'kind',
      [['kind-tosi', ['Keski-Suomi › Potilastieto', 'Pirkanmaa › Asiakastieto']]],
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
      [['plan-s1', ['Keski-Suomi › Sopimukset', 'Keski-Suomi › Potilastieto']]],
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
