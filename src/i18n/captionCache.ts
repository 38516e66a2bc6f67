import type { Item } from '../domain/planSchema';
import { itemCaption } from './itemText';
import type { Language } from './languages';

/** Captions per language, computed once per (immutable) item: zooming re-lays out every item. */
const caches = new Map<Language, WeakMap<Item, string>>();

export function cachedCaption(item: Item, language: Language): string {
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new WeakMap()));
  let caption = cache.get(item);
  if (caption === undefined) cache.set(item, (caption = itemCaption(item, language)));
  return caption;
}
