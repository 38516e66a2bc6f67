import type { BrokenByMove } from '../domain/dependencies/brokenByMove';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

const startOf = (item: BrokenByMove['other']) =>
  item.type === 'milestone' ? item.date : item.start;
const endOf = (item: BrokenByMove['other']) => (item.type === 'milestone' ? item.date : item.end);

/**
 * What a drag says when the drop would break a link: "rikkoo riippuvuuden: Palkanlaskenta valmis
 * 15.9.2022", naming the date the moved item has to respect.
 */
export function brokenText(broken: BrokenByMove, t: Translate, language: Language): string {
  const { dependency, other, otherIsPredecessor } = broken;
  const byStart = otherIsPredecessor
    ? dependency.kind === 'startToStart'
    : dependency.kind !== 'finishToFinish';
  const date = formatDate(byStart ? startOf(other) : endOf(other), language);
  const when = t(byStart ? 'deps.whenStarts' : 'deps.whenFinishes', { date });
  return t('deps.dragBroken', { label: other.label, when });
}
