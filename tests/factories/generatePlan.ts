import { addDays, toDayNumber } from '../../src/domain/calendarDate';
import { LANE_COLORS } from '../../src/domain/laneColors';
import {
  STATUSES,
  type Item,
  type Lane,
  type Marker,
  type Plan,
  type Track,
} from '../../src/domain/planSchema';
import { seededRandom } from '../../src/domain/seededRandom';

export interface GenerateOptions {
  items: number;
  lanes?: number;
  rowsPerLane?: number;
  years?: number;
  /** First day of the plan. */
  start?: string;
  seed?: number;
}

const PHASES = [
  'Suunnittelu',
  'Toteutus',
  'Datamigraatiot',
  'Integraatiot',
  'Testaus',
  'Validointi',
  'Koulutus',
  'Käyttöönotto',
];
const MILESTONES = [
  'Suunnittelu valmis',
  'Testiympäristö valmiina',
  'Sopimus allekirjoitettu',
  'Go-live',
  'Ohjausryhmän päätös?',
];
const KINDS = ['hallinto', 'tori', 'tosi', 'infra'] as const;

/** A large, valid, deterministic plan for tests and the benchmark: ~80 % phases, ~20 % milestones. */
export function generatePlan({
  items,
  lanes = 4,
  rowsPerLane = 6,
  years = 5,
  start = '2024-01-01',
  seed = 1,
}: GenerateOptions): Plan {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const days = toDayNumber(addDays(start, 365 * years)) - toDayNumber(start);
  const laneList: Lane[] = Array.from({ length: lanes }, (_, l) => {
    const kind = KINDS[l % KINDS.length] as (typeof KINDS)[number];
    const rows = Array.from({ length: rowsPerLane }, (_, r) => ({
      id: `g-row-${l}-${r}`,
      name: `Järjestelmä ${l + 1}.${r + 1}`,
    }));
    return {
      id: `g-lane-${l}`,
      name: `${kind.toUpperCase()} ${l + 1}`,
      kind,
      color: LANE_COLORS[kind],
      collapsed: false,
      rows,
    };
  });
  const rowIds = laneList.flatMap((lane) => lane.rows.map((row) => row.id));
  const itemList: Item[] = Array.from({ length: items }, (_, i) => {
    const rowId = rowIds[i % rowIds.length] as string;
    const begin = addDays(start, Math.floor(next() * (days - 120)));
    const status = pick(STATUSES);
    if (next() < 0.2)
      return {
        id: `g-item-${i}`,
        type: 'milestone',
        rowId,
        label: `${pick(MILESTONES)} ${i}`,
        date: begin,
        status,
      };
    const end = addDays(begin, 7 + Math.floor(next() * 110));
    return {
      id: `g-item-${i}`,
      type: 'phase',
      rowId,
      label: `${pick(PHASES)} ${i}`,
      start: begin,
      end,
      status,
      owner: `Toimittaja ${1 + (i % 50)}`,
    };
  });
  const tracks: Track[] = laneList.map((lane, l) => ({
    id: `g-track-${l}`,
    rowId: lane.rows[0]?.id as string,
    label: `Siirretty ${l + 1}`,
    checkpoints: Array.from({ length: 8 }, (_, c) => ({
      date: addDays(start, 30 + c * 60),
      percent: Math.min(100, c * 14),
    })),
  }));
  const markers: Marker[] = Array.from({ length: years }, (_, y) => {
    const year = Number(start.slice(0, 4)) + y;
    return {
      id: `g-summer-${year}`,
      type: 'blackout' as const,
      label: 'KESÄTAUKO',
      start: `${year}-07-01`,
      end: `${year}-07-31`,
    };
  });
  const meetings: Marker[] = Array.from({ length: years * 11 }, (_, m) => ({
    id: `g-meeting-${m}`,
    type: 'meeting',
    label: 'Ohjausryhmä',
    date: addDays(start, 20 + m * 33),
  }));
  return {
    title: `Generoitu tiekartta (${items} kohdetta)`,
    organisation: 'Kansallinen kokonaiskuva',
    classification: 'internal',
    asOf: addDays(start, Math.floor(days / 3)),
    window: { start, end: addDays(start, days - 1) },
    principles: [],
    lanes: laneList,
    items: itemList,
    tracks,
    markers: [
      ...markers,
      ...meetings,
      {
        id: 'g-golive',
        type: 'keyDate',
        label: 'Käyttöönotto',
        date: addDays(start, Math.floor(days / 2)),
      },
    ],
    dependencies: [],
    baselines: [],
  };
}
