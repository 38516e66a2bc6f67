import type { FundingDiff } from '../domain/comparison/planChange';
import { entryTotal } from '../domain/funding/fundingSums';
import type { FundingEntry } from '../domain/funding/fundingSchema';
import type { LineDraft } from './changeText';
import { formatDate } from './formatDate';
import { formatEuros } from './formatMoney';
import type { Language } from './languages';
import type { Translate } from './translate';

type Entry = Omit<FundingEntry, 'itemIds'>;

/** "VM päätös 28.3.2022", or the entry's own description. */
const nameOf = (entry: Entry, t: Translate, language: Language) =>
  entry.label ??
  t(entry.state === 'applied' ? 'funding.application' : 'funding.decision', {
    decider: t(`funding.decider.${entry.decider}`),
    date: formatDate(entry.date, language),
  });

/** "11 524 944 €, myönnetty, VN/14629/2021, 2022": what a line says an entry was or is. */
const whatOf = (entry: Entry, t: Translate) =>
  [
    formatEuros(entryTotal(entry)),
    t(`funding.state.${entry.state}`),
    entry.reference,
    entry.years.join(', '),
  ]
    .filter(Boolean)
    .join(', ');

/**
 * One line per funding decision or application added, removed or changed, in date order:
 * "Rahoitus ”VM päätös 28.3.2022” muuttui: 11 524 944 €, haettu → 11 524 944 €, myönnetty".
 * Funding belongs to the whole plan; its lines come after the risks'.
 */
export function fundingLines(
  diffs: readonly FundingDiff[],
  lastRank: number,
  t: Translate,
  language: Language,
): LineDraft[] {
  const dated = diffs.map((diff) => ({
    diff,
    entry: diff.kind === 'removed' ? diff.before : diff.after,
  }));
  dated.sort((a, b) => a.entry.date.localeCompare(b.entry.date));
  return dated.map(({ diff, entry }, i) => {
    const name = nameOf(entry, t, language);
    const text =
      diff.kind === 'changed'
        ? t('changes.fundingChanged', {
            name,
            from: whatOf(diff.before, t),
            to: whatOf(diff.after, t),
          })
        : t(diff.kind === 'added' ? 'changes.fundingAdded' : 'changes.fundingRemoved', {
            name,
            what: whatOf(entry, t),
          });
    return {
      laneId: null,
      laneName: t('changes.wholePlan'),
      rowName: '',
      sortKey: [lastRank, i] as [number, number],
      key: `funding:${entry.id}:${diff.kind}`,
      kind: 'funding' as const,
      itemId: null,
      label: name,
      days: 0,
      guessed: false,
      text,
    };
  });
}
