import type { Command } from '../domain/commands';
import type { Plan } from '../domain/planSchema';
import { formatDate, formatSavedAt } from './formatDate';
import { partCommandLabel } from './partCommandLabel';
import type { Language } from './languages';
import type { Translate } from './translate';

/** What an undo button says it will undo: "siirrä ”Testaus”". `plan` is the plan before the command. */
export function commandLabel(
  command: Command,
  plan: Plan,
  t: Translate,
  language: Language,
): string {
  const label = (id: string) => plan.items.find((item) => item.id === id)?.label ?? '';
  const laneName = (id: string) => plan.lanes.find((lane) => lane.id === id)?.name ?? '';
  const many = (
    ids: string[],
    one: 'cmd.shift' | 'cmd.delete',
    more: 'cmd.shiftMany' | 'cmd.deleteMany',
  ) =>
    ids.length === 1 ? t(one, { label: label(ids[0] as string) }) : t(more, { count: ids.length });
  switch (command.type) {
    case 'items/shift':
      return many(command.ids, 'cmd.shift', 'cmd.shiftMany');
    case 'items/delete':
      return many(command.ids, 'cmd.delete', 'cmd.deleteMany');
    case 'items/shiftAfter':
      return t('cmd.shiftAfter', { date: formatDate(command.date, language) });
    case 'item/update': {
      const dates = Object.keys(command.changes).every((key) => key === 'start' || key === 'end');
      return t(dates ? 'cmd.resize' : 'cmd.edit', { label: label(command.id) });
    }
    case 'items/moveToRow':
      return t('cmd.moveRow', { label: label(command.ids[0] as string) });
    case 'item/add':
      return t('cmd.add', { label: command.item.label });
    case 'item/replace':
      return t('cmd.edit', { label: label(command.item.id) });
    case 'plan/update':
      return t('cmd.plan');
    case 'plan/restore':
      return t('cmd.restore', { time: formatSavedAt(new Date(command.savedAt), language) });
    case 'lane/update':
      return t('cmd.lane', { name: laneName(command.id) });
    case 'lane/add':
      return t('cmd.laneAdd', { name: command.lane.name });
    case 'lane/delete':
      return t('cmd.laneDelete', { name: laneName(command.id) });
    case 'row/add':
    case 'row/rename':
    case 'row/move':
    case 'row/delete':
      return t('cmd.row');
    case 'track/update':
    case 'track/delete':
      return t('cmd.track', {
        label: plan.tracks.find((track) => track.id === command.id)?.label ?? '',
      });
    case 'track/add':
      return t('cmd.track', { label: command.track.label });
    case 'marker/add':
    case 'marker/replace':
      return t('cmd.marker', { label: command.marker.label });
    case 'marker/delete':
      return t('cmd.marker', {
        label: plan.markers.find((marker) => marker.id === command.id)?.label ?? '',
      });
    case 'dependency/add':
    case 'dependency/update':
    case 'dependency/delete': {
      const key = (
        {
          'dependency/add': 'cmd.dependencyAdd',
          'dependency/update': 'cmd.dependencyUpdate',
          'dependency/delete': 'cmd.dependencyDelete',
        } as const
      )[command.type];
      const link =
        command.type === 'dependency/add'
          ? command.dependency
          : plan.dependencies.find((d) => d.id === command.id);
      return t(key, { from: label(link?.from ?? ''), to: label(link?.to ?? '') });
    }
    case 'baseline/add':
      return t('cmd.baselineAdd', { name: command.baseline.name });
    case 'baseline/rename':
    case 'baseline/delete': {
      const name = plan.baselines.find((b) => b.id === command.id)?.name ?? '';
      return t(command.type === 'baseline/rename' ? 'cmd.baselineRename' : 'cmd.baselineDelete', {
        name,
      });
    }
    case 'baseline/choose':
      return t('cmd.baselineChoose');
    case 'sheet/import':
      return t('cmd.sheetImport', {
        count: command.items.length + command.tracks.length + command.markers.length,
      });
    default:
      return partCommandLabel(command, plan, t, language);
  }
}
