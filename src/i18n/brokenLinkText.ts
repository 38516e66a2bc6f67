import type { Dependency } from '../domain/dependencySchema';
import type { Item } from '../domain/planSchema';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

const startOf = (item: Item) => (item.type === 'milestone' ? item.date : item.start);
const endOf = (item: Item) => (item.type === 'milestone' ? item.date : item.end);

/**
 * A broken link in the users' words, with the two dates that break it: "”Palkanlaskenta valmis”
 * valmis 15.9.2022 → ”Käyttöönotto” alkaa 1.9.2022".
 */
export function brokenLinkText(
  link: Dependency,
  from: Item,
  to: Item,
  t: Translate,
  language: Language,
): string {
  const fromByStart = link.kind === 'startToStart';
  const toByStart = link.kind !== 'finishToFinish';
  const when = (item: Item, byStart: boolean) =>
    t(byStart ? 'deps.whenStarts' : 'deps.whenFinishes', {
      date: formatDate(byStart ? startOf(item) : endOf(item), language),
    });
  return t('deps.brokenLine', {
    from: from.label,
    fromWhen: when(from, fromByStart),
    to: to.label,
    toWhen: when(to, toByStart),
  });
}
