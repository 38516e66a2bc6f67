import { slipDays } from '../../domain/comparison/slipDays';
import type { Item } from '../../domain/planSchema';
import { itemDates } from '../../i18n/itemText';
import type { Language } from '../../i18n/languages';
import { shortSlip } from '../../i18n/slipText';
import type { Translate } from '../../i18n/translate';
import type { ComparedPlans } from '../../state/compareEngine';

/** How many items of each lane end later than in what the plan is compared with, by lane id. */
export function slippedByLane(result: ComparedPlans | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (!result) return counts;
  const laneOfRow = new Map<string, string>();
  for (const lane of result.after.lanes)
    for (const row of lane.rows) laneOfRow.set(row.id, lane.id);
  for (const diff of result.comparison.items) {
    if (diff.kind !== 'changed' || slipDays(diff.before, diff.after) <= 0) continue;
    const lane = laneOfRow.get(diff.after.rowId);
    if (lane) counts.set(lane, (counts.get(lane) ?? 0) + 1);
  }
  return counts;
}

/**
 * The item as it was in what the plan is compared with, and its slip in days; null for a new
 * item (an id removed as well as added is one whose type changed: new as it is now).
 */
function itemBaseline(result: ComparedPlans, item: Item) {
  const diff = result.comparison.byId.get(item.id);
  if (diff?.kind === 'added' || diff?.kind === 'removed') return null;
  const before = diff?.kind === 'changed' ? diff.before : item;
  return { before, days: slipDays(before, item) };
}

/** The slip in short, for the tooltip: "+3 vk", or that the item is new. */
export function shortSlipOf(result: ComparedPlans | undefined, item: Item, t: Translate) {
  const found = result && itemBaseline(result, item);
  return !result ? null : found ? shortSlip(found.days, t) : t('changes.new');
}

/** The slip with the dates compared with, for the details: "+3 vk (vertailukohdassa 1.9.2022)". */
export function slipText(result: ComparedPlans, item: Item, t: Translate, language: Language) {
  const found = itemBaseline(result, item);
  if (!found) return t('changes.new');
  const dates = itemDates(found.before, language, t);
  if (!found.days) return t('changes.onTime', { dates });
  return t('changes.slipWas', { slip: shortSlip(found.days, t), dates });
}
