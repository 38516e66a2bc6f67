import type { BaselineItem } from '../planSchema';
import { placeKey, rowPlaces, type RowPlaces } from './rowPlaces';
import type { Snapshot } from './snapshotOf';

export interface ItemMatch {
  before: BaselineItem;
  after: BaselineItem;
  guessed: boolean;
}

export interface ItemMatching {
  pairs: ItemMatch[];
  removed: BaselineItem[];
  added: BaselineItem[];
}

/** Items whose key is unique on its side, by key: a key two items share is no evidence. */
function uniqueByKey(items: BaselineItem[], places: RowPlaces): Map<string, BaselineItem> {
  const found = new Map<string, BaselineItem | null>();
  for (const item of items) {
    const key = placeKey(places.get(item.rowId), item.label);
    found.set(key, found.has(key) ? null : item);
  }
  const unique = new Map<string, BaselineItem>();
  for (const [key, item] of found) if (item) unique.set(key, item);
  return unique;
}

/**
 * Pairs items by id; with `guess`, pairs what is left by lane, row and label (a plan from
 * elsewhere, whose ids are its own). What stays unpaired was removed or added.
 */
export function matchItems(before: Snapshot, after: Snapshot, guess: boolean): ItemMatching {
  const afterById = new Map(after.items.map((item) => [item.id, item]));
  const pairs: ItemMatch[] = [];
  let removed: BaselineItem[] = [];
  const paired = new Set<string>();
  for (const item of before.items) {
    const match = afterById.get(item.id);
    if (match && match.type === item.type) {
      pairs.push({ before: item, after: match, guessed: false });
      paired.add(match.id);
    } else removed.push(item);
  }
  let added = after.items.filter((item) => !paired.has(item.id));
  if (guess && removed.length && added.length) {
    const guessed = guessPairs(removed, added, before, after);
    pairs.push(...guessed);
    const gone = new Set(guessed.map((p) => p.before));
    const come = new Set(guessed.map((p) => p.after));
    removed = removed.filter((item) => !gone.has(item));
    added = added.filter((item) => !come.has(item));
  }
  return { pairs, removed, added };
}

function guessPairs(
  removed: BaselineItem[],
  added: BaselineItem[],
  before: Snapshot,
  after: Snapshot,
): ItemMatch[] {
  const wasThere = uniqueByKey(removed, rowPlaces(before));
  const isThere = uniqueByKey(added, rowPlaces(after));
  const pairs: ItemMatch[] = [];
  for (const [key, item] of wasThere) {
    const match = isThere.get(key);
    if (match && match.type === item.type)
      pairs.push({ before: item, after: match, guessed: true });
  }
  return pairs;
}
