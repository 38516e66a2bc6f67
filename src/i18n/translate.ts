import type { MessageKey, Messages } from './fi';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. A message
 * the table does not hold yet (one loaded later) reads as empty.
 */
export function translate(
  messages: Partial<Messages>,
  key: MessageKey,
  params: Params = {},
): string {
  return (messages[key] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
