import { formatMoment } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

/** What a comparison is against, as its result tells (state's CompareSource and baseline). */
export interface ComparedWith {
  source:
    { kind: 'baseline' } | { kind: 'version'; savedAt: string } | { kind: 'file'; name: string };
  baseline: { name: string } | null;
}

/** "12 muutosta vertailukohtaan Ohjausryhmä 14.3.2022": how many, against what. */
export function changeSummary(
  count: number,
  { source, baseline }: ComparedWith,
  t: Translate,
  language: Language,
): string {
  const counted = t(count === 1 ? 'changes.countOne' : 'changes.count', { count });
  if (source.kind === 'version')
    return t('changes.toVersion', {
      count: counted,
      time: formatMoment(new Date(source.savedAt), language),
    });
  if (source.kind === 'file') return t('changes.toFile', { count: counted, name: source.name });
  return t('changes.toBaseline', { count: counted, name: baseline?.name ?? '' });
}
