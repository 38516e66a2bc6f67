import type { Plan } from '../../src/domain/planSchema';
import type { RollupSource } from '../../src/domain/rollup/rollupSource';
import { makeLane, makeMilestone, makePhase, makePlan } from './plans';

/**
 * Two counties' plans: Keski-Suomi with the five kinds' lanes by kind, Pirkanmaa with lanes of
 * its own named in its own words (kind 'custom') and one late and one at-risk item.
 */
export function twoCounties(): RollupSource[] {
  const ks = makePlan({
    title: 'ICT-muutos 2022',
    organisation: 'Keski-Suomi',
    lanes: [
      makeLane({
        id: 'ks-h',
        name: 'A. Hallinnolliset tehtävät',
        kind: 'hallinto',
        rows: [{ id: 'ks-h1', name: 'Sopimukset' }],
      }),
      makeLane({
        id: 'ks-t',
        name: 'C. TOSI',
        kind: 'tosi',
        rows: [{ id: 'ks-t1', name: 'Potilastieto' }],
      }),
    ],
    items: [
      makeMilestone({ id: 'ks-1', rowId: 'ks-h1', label: 'Sopimusten kartoitus', status: 'done' }),
      makePhase({ id: 'ks-2', rowId: 'ks-t1', label: 'Datamigraatiot', status: 'late' }),
    ],
    tracks: [],
    markers: [
      { id: 'ks-go', type: 'keyDate', label: 'Aloitus', date: '2023-01-01' },
      { id: 'ks-m', type: 'meeting', label: 'Ohjausryhmä', date: '2022-03-01' },
    ],
  });
  const pirkanmaa = makePlan({
    title: 'Tiekartta',
    organisation: 'Pirkanmaa',
    classification: 'confidential',
    window: { start: '2021-06-01', end: '2023-06-30' },
    lanes: [
      makeLane({
        id: 'p-a',
        name: 'Toimialasidonnaiset järjestelmät',
        kind: 'custom',
        rows: [
          { id: 'p-a1', name: 'Asiakastieto' },
          { id: 'p-a2', name: 'Tyhjä rivi' },
        ],
      }),
      makeLane({
        id: 'p-b',
        name: 'Digiohjelma',
        kind: 'custom',
        rows: [{ id: 'p-b1', name: 'Asiointi' }],
      }),
    ],
    items: [
      makePhase({
        id: 'p-1',
        rowId: 'p-a1',
        label: 'Testaus',
        status: 'atRisk',
        owner: 'Toimittaja X',
      }),
      makeMilestone({ id: 'p-2', rowId: 'p-a1', label: 'Go-live', status: 'late' }),
      makeMilestone({ id: 'p-3', rowId: 'p-b1', label: 'Digialusta', status: 'planned' }),
    ],
    tracks: [],
    markers: [
      { id: 'p-go', type: 'keyDate', label: 'Hyvinvointialueet aloittavat', date: '2023-01-01' },
      { id: 'p-m', type: 'meeting', label: 'Ohjausryhmä', date: '2022-03-01' },
    ],
  });
  return [
    { key: 's1', plan: ks, fileName: 'ks.tiekartta.json' },
    { key: 's2', plan: pirkanmaa, libraryId: 'plan-p' },
  ];
}

export const namesOf = (sources: RollupSource[]) =>
  new Map(sources.map((s) => [s.key, s.plan.organisation] as const));

export const withPlan = (source: RollupSource, plan: Partial<Plan>): RollupSource => ({
  ...source,
  plan: { ...source.plan, ...plan },
});
