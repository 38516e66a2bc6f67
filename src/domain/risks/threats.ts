import { isOpenHigh } from './riskMatrix';
import type { Risk } from './riskSchema';

/** The open high risks threatening each item, by item id, in number order. */
export function openHighThreats(risks: readonly Risk[] | undefined): Map<string, Risk[]> {
  const threats = new Map<string, Risk[]>();
  const sorted = [...(risks ?? [])].filter(isOpenHigh).sort((a, b) => a.number - b.number);
  for (const risk of sorted)
    for (const id of risk.itemIds ?? []) threats.set(id, [...(threats.get(id) ?? []), risk]);
  return threats;
}
