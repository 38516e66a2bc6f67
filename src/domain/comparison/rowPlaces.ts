import type { Snapshot } from './snapshotOf';

export interface RowPlace {
  laneId: string;
  laneName: string;
  rowName: string;
}
export type RowPlaces = ReadonlyMap<string, RowPlace>;

export function rowPlaces(snapshot: Snapshot): RowPlaces {
  const places = new Map<string, RowPlace>();
  for (const lane of snapshot.lanes)
    for (const row of lane.rows)
      places.set(row.id, { laneId: lane.id, laneName: lane.name, rowName: row.name });
  return places;
}

const norm = (text: string | undefined) => (text ?? '').trim().toLocaleLowerCase('fi');

/** Same lane: the same id, or (a plan from elsewhere, with ids of its own) the same name. */
export const sameLane = (a: RowPlace | undefined, b: RowPlace | undefined): boolean =>
  a?.laneId === b?.laneId || norm(a?.laneName) === norm(b?.laneName);

/** Same row: the same id, or the same row name in the same lane. */
export const sameRow = (
  a: RowPlace | undefined,
  b: RowPlace | undefined,
  aId: string,
  bId: string,
): boolean => aId === bId || (sameLane(a, b) && norm(a?.rowName) === norm(b?.rowName));

/** The key a person would recognise an item by in another file: lane, row and label. */
export const placeKey = (place: RowPlace | undefined, label: string): string =>
  `${norm(place?.laneName)}\u0000${norm(place?.rowName)}\u0000${norm(label)}`;
