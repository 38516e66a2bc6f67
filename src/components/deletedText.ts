import type { HistoryEntry } from '../state/openPlan.svelte';
import type { Translate } from '../i18n/translate';

/** What a delete toast says of a step, or null when the step deleted nothing. */
export function deletedText(entry: HistoryEntry, t: Translate): string | null {
  const { command, before, after } = entry;
  const count = before.items.length - after.items.length;
  switch (command.type) {
    case 'items/delete': {
      if (command.ids.length !== 1) return t('deleted.many', { count });
      const label = before.items.find((item) => item.id === command.ids[0])?.label ?? '';
      return t('deleted.one', { label });
    }
    case 'row/delete': {
      const row = before.lanes.flatMap((lane) => lane.rows).find((r) => r.id === command.id);
      return t('deleted.row', { name: row?.name ?? '', count });
    }
    case 'lane/delete': {
      const lane = before.lanes.find((l) => l.id === command.id);
      return t('deleted.lane', { name: lane?.name ?? '', count });
    }
    default:
      return null;
  }
}
