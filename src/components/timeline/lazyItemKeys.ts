import type { PlacedItem } from '../../layout/roadmapLayout';
import type { ItemKeyContext } from './itemKeys';

/** The keys a focused item answers (itemKeys.ts); the rest go on to the page. */
const ITEM_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Enter',
  ' ',
  'Delete',
  'Backspace',
]);

/**
 * The items' keys, loaded at the first one pressed: the first screen is drawn without them. The
 * page's own use of the key is stopped at once; presses made while loading follow in order.
 */
export function lazyItemKeys(context: ItemKeyContext) {
  let keys: Promise<(event: KeyboardEvent, placed: PlacedItem) => Promise<void>> | undefined;
  return (event: KeyboardEvent, placed: PlacedItem): Promise<void> | undefined => {
    if (!ITEM_KEYS.has(event.key)) return;
    event.preventDefault();
    keys ??= import('./itemKeys').then(({ itemKeys }) => itemKeys(context));
    return keys.then((handle) => handle(event, placed));
  };
}
