import type { BaselineRisk } from '../baselineSchema';
import type { BaselineLink, BaselineTrack, Marker } from '../planSchema';
import { itemChanges } from './itemChanges';
import { matchItems } from './matchItems';
import type { ItemDiff, PlanComparison, ThingDiff } from './planChange';
import { rowPlaces } from './rowPlaces';
import type { Snapshot } from './snapshotOf';

export interface DiffOptions {
  /** Pair items by lane, row and label where ids differ: for a plan from elsewhere. */
  guess?: boolean;
}

/** What differs between an earlier state of a plan and a later one; unchanged items are left out. */
export function diffPlans(
  before: Snapshot,
  after: Snapshot,
  { guess = false }: DiffOptions = {},
): PlanComparison {
  const items = diffItems(before, after, guess);
  const byId = new Map<string, ItemDiff>();
  for (const diff of items) if (!byId.has(diff.id)) byId.set(diff.id, diff);
  return {
    items,
    tracks: diffById(before.tracks, after.tracks, sameTrack),
    markers: diffById(before.markers, after.markers, sameMarker),
    links:
      before.dependencies && after.dependencies
        ? diffById(before.dependencies, after.dependencies, sameLink)
        : [],
    risks: diffById(before.risks ?? [], after.risks ?? [], sameRisk),
    funding:
      before.funding && after.funding
        ? diffById(before.funding.entries, after.funding.entries, sameJson)
        : [],
    byId,
  };
}

function diffItems(before: Snapshot, after: Snapshot, guess: boolean): ItemDiff[] {
  const { pairs, removed, added } = matchItems(before, after, guess);
  const places = { before: rowPlaces(before), after: rowPlaces(after) };
  const diffs: ItemDiff[] = [];
  for (const { before: was, after: is, guessed } of pairs) {
    const changes = itemChanges(was, is, places);
    if (changes.length)
      diffs.push({ kind: 'changed', id: is.id, before: was, after: is, changes, guessed });
  }
  for (const item of removed) diffs.push({ kind: 'removed', id: item.id, before: item });
  for (const item of added) diffs.push({ kind: 'added', id: item.id, after: item });
  return diffs;
}

const sameTrack = (a: BaselineTrack, b: BaselineTrack) =>
  a.label === b.label &&
  a.rowId === b.rowId &&
  a.checkpoints.length === b.checkpoints.length &&
  a.checkpoints.every(
    (p, i) => p.date === b.checkpoints[i]?.date && p.percent === b.checkpoints[i]?.percent,
  );

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameMarker = (a: Marker, b: Marker) => sameJson(a, b);
const sameRisk = (a: BaselineRisk, b: BaselineRisk) =>
  a.number === b.number &&
  a.title === b.title &&
  a.probability === b.probability &&
  a.impact === b.impact &&
  a.status === b.status;
const sameLink = (a: BaselineLink, b: BaselineLink) =>
  a.from === b.from && a.to === b.to && a.kind === b.kind;

function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  same: (a: T, b: T) => boolean,
): ThingDiff<T>[] {
  const afterById = new Map(after.map((thing) => [thing.id, thing]));
  const beforeIds = new Set(before.map((thing) => thing.id));
  const diffs: ThingDiff<T>[] = [];
  for (const was of before) {
    const is = afterById.get(was.id);
    if (!is) diffs.push({ kind: 'removed', before: was });
    else if (!same(was, is)) diffs.push({ kind: 'changed', before: was, after: is });
  }
  for (const is of after) if (!beforeIds.has(is.id)) diffs.push({ kind: 'added', after: is });
  return diffs;
}
