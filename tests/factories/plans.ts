import type { Item, Lane, Plan } from '../../src/domain/planSchema';

/** A small valid plan: one TOSI lane with two rows, a phase and a milestone; override anything. */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    title: 'Testisuunnitelma',
    organisation: 'Testin hyvinvointialue',
    classification: 'internal',
    asOf: '2022-06-15',
    window: { start: '2022-01-01', end: '2022-12-31' },
    principles: ['Kukaan ei kuole'],
    lanes: [makeLane()],
    items: [makePhase(), makeMilestone()],
    tracks: [
      {
        id: 'track-1',
        rowId: 'row-1',
        label: 'Päätelaitteet siirretty',
        checkpoints: [
          { date: '2022-06-01', percent: 5 },
          { date: '2022-08-15', percent: 25 },
        ],
      },
    ],
    markers: [
      {
        id: 'marker-1',
        type: 'blackout',
        label: 'KESÄTAUKO',
        start: '2022-07-01',
        end: '2022-07-31',
      },
    ],
    dependencies: [],
    baselines: [],
    ...overrides,
  };
}

export function makeLane(overrides: Partial<Lane> = {}): Lane {
  return {
    id: 'lane-1',
    name: 'TOSI',
    kind: 'tosi',
    color: '#009e73',
    collapsed: false,
    rows: [
      { id: 'row-1', name: 'Asiakas- ja potilastietojärjestelmät' },
      { id: 'row-2', name: 'Kliiniset järjestelmät' },
    ],
    ...overrides,
  };
}

export function makePhase(overrides: Partial<Extract<Item, { type: 'phase' }>> = {}): Item {
  return {
    id: 'item-1',
    type: 'phase',
    rowId: 'row-2',
    label: 'Testaus',
    start: '2022-09-01',
    end: '2022-09-30',
    status: 'inProgress',
    ...overrides,
  };
}

export function makeMilestone(overrides: Partial<Extract<Item, { type: 'milestone' }>> = {}): Item {
  return {
    id: 'item-2',
    type: 'milestone',
    rowId: 'row-1',
    label: 'Suunnittelu valmis',
    date: '2022-04-01',
    status: 'done',
    ...overrides,
  };
}
