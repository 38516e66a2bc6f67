import type { Translate } from './translate';

const DAYS_A_WEEK = 7;

/** A shift's size as the users count it: whole weeks in weeks, anything else in days. */
export function amountText(days: number, t: Translate): string {
  const size = Math.abs(days);
  if (size && size % DAYS_A_WEEK === 0) {
    const count = size / DAYS_A_WEEK;
    return t(count === 1 ? 'changes.weeksOne' : 'changes.weeks', { count });
  }
  return t(size === 1 ? 'changes.daysOne' : 'changes.days', { count: size });
}

/** A slip in short, signed: "+3 vk", "−4 pv"; zero is "0 pv". */
export function shortSlip(days: number, t: Translate): string {
  const size = Math.abs(days);
  const sign = days > 0 ? '+' : days < 0 ? '−' : '';
  return size && size % DAYS_A_WEEK === 0
    ? t('changes.slipWeeks', { sign, count: size / DAYS_A_WEEK })
    : t('changes.slipDays', { sign, count: size });
}
