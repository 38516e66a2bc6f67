import { MESSAGES } from './messages';
import { translate } from '../../src/i18n/translate';

/** A valid 1×1 transparent PNG, to carry a plan in its text chunk. */
export const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** The Finnish message table, as the pictures are drawn by default. */
export const tFi = (
  key: Parameters<typeof translate>[1],
  params?: Record<string, string | number>,
) => translate(MESSAGES.fi, key, params);
