import type { Item } from '../domain/planSchema';
import { itemAccessibleName, itemCaption } from './itemText';
import type { Language } from './languages';
import type { Translate } from './translate';

/** Captions per language, computed once per (immutable) item: zooming re-lays out every item. */
const caches = new Map<Language, WeakMap<Item, string>>();

export function cachedCaption(item: Item, language: Language): string {
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new WeakMap()));
  let caption = cache.get(item);
  if (caption === undefined) cache.set(item, (caption = itemCaption(item, language)));
  return caption;
}

/** Accessible names per language, once per item and place: a first draw names hundreds. */
const names = new Map<Language, WeakMap<Item, { place: string; name: string }>>();

export function cachedAccessibleName(
  item: Item,
  lane: string,
  row: string,
  language: Language,
  t: Translate,
): string {
  let cache = names.get(language);
  if (!cache) names.set(language, (cache = new WeakMap()));
  const place = `${lane}\n${row}`;
  const known = cache.get(item);
  if (known?.place === place) return known.name;
  const name = itemAccessibleName(item, lane, row, language, t);
  cache.set(item, { place, name });
  return name;
}
