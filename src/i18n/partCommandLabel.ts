import type { FundingCommand } from '../domain/funding/fundingCommands';
import type { FundingEntry } from '../domain/funding/fundingSchema';
import type { Plan } from '../domain/planSchema';
import type { RiskCommand } from '../domain/risks/riskCommands';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

/** A decision as a line names it: its own description, else "VM 1.7.2021". */
export const entryName = (entry: FundingEntry, language: Language): string =>
  entry.label ?? `${entry.decider} ${formatDate(entry.date, language)}`;

/** What the undo button says for an edit of the risks or the funding; `plan` is the plan before. */
export function partCommandLabel(
  command: RiskCommand | FundingCommand,
  plan: Plan,
  t: Translate,
  language: Language,
): string {
  if (command.type === 'funding/categories') return t('cmd.fundingCategories');
  if (command.type === 'funding/summary')
    return t(command.summary ? 'cmd.fundingSummary' : 'cmd.fundingSummaryOff');
  if (command.type.startsWith('funding/')) {
    const entry =
      'entry' in command
        ? command.entry
        : plan.funding?.entries.find((e) => e.id === (command as { id: string }).id);
    const key = (
      { 'funding/add': 'cmd.fundingAdd', 'funding/update': 'cmd.fundingUpdate' } as const
    )[command.type as 'funding/add'];
    return t(key ?? 'cmd.fundingDelete', { label: entry ? entryName(entry, language) : '' });
  }
  const risk =
    'risk' in command
      ? command.risk
      : plan.risks?.find((r) => r.id === (command as { id: string }).id);
  const key = (
    {
      'risk/add': 'cmd.riskAdd',
      'risk/update': 'cmd.riskUpdate',
      'risk/delete': 'cmd.riskDelete',
      'risk/rescore': 'cmd.riskRescore',
    } as const
  )[command.type as RiskCommand['type']];
  return t(key, { number: risk?.number ?? '', title: risk?.title ?? '' });
}
