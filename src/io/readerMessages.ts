import type { Item } from '../domain/planSchema';
import type { ImportResult } from './importResult';

/** What the reader worker sends: the items of a large plan in parts, then the result. */
export type ReaderMessage = { items: Item[] } | { result: ImportResult };

/** Items per message: taking one in costs the page a few ms, never a long task. */
export const ITEMS_PER_MESSAGE = 5_000;

/** The worker's messages for `result`: a plan's items in parts, then the rest without them. */
export function toMessages(result: ImportResult, perMessage = ITEMS_PER_MESSAGE): ReaderMessage[] {
  if (!result.ok || result.plan.items.length <= perMessage) return [{ result }];
  const { items } = result.plan;
  const parts: ReaderMessage[] = [];
  for (let at = 0; at < items.length; at += perMessage)
    parts.push({ items: items.slice(at, at + perMessage) });
  parts.push({ result: { ...result, plan: { ...result.plan, items: [] } } });
  return parts;
}

/** Puts the messages back together on the page: `take` each, then `result()` once the last came. */
export class ReaderAnswer {
  readonly #items: Item[] = [];

  /** Takes one message; the result once it is the last one, undefined before. */
  take(message: ReaderMessage): ImportResult | undefined {
    if ('items' in message) {
      for (const item of message.items) this.#items.push(item);
      return undefined;
    }
    const { result } = message;
    if (!result.ok || !this.#items.length) return result;
    return { ...result, plan: { ...result.plan, items: this.#items } };
  }
}
