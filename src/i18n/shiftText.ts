import type { Translate } from './translate';

/**
 * A shift in calendar days as the roadmap labels it: whole weeks in weeks ("+3 vk"), anything
 * else in days ("−5 pv"), later with a plus and earlier with a minus sign (U+2212).
 */
export function shiftText(days: number, t: Translate): string {
  const sign = days > 0 ? '+' : days < 0 ? '\u2212' : '';
  const size = Math.abs(days);
  return size % 7 === 0
    ? t('compareDraw.weeks', { amount: `${sign}${size / 7}` })
    : t('compareDraw.days', { amount: `${sign}${size}` });
}
