import type { Shift } from '../domain/shift';
import { headerKind } from './headerTicks';

export type SnapUnit = 'day' | 'week' | 'month';

/** Average month length, to turn a drag distance into whole months. */
const DAYS_PER_MONTH = 30.436875;

/** Days at week zoom, weeks at month zoom, months beyond: what the header shows is what a drag snaps to. */
export function snapUnit(pxPerDay: number): SnapUnit {
  const kind = headerKind(pxPerDay);
  return kind === 'monthWeek' ? 'day' : kind === 'yearMonth' ? 'week' : 'month';
}

/** The calendar move for a drag of `dx` px; `free` (Alt held) moves by whole days at any zoom. */
export function snapShift(dx: number, pxPerDay: number, free = false): Shift {
  const days = dx / pxPerDay;
  const unit = free ? 'day' : snapUnit(pxPerDay);
  if (unit === 'month') return { amount: Math.round(days / DAYS_PER_MONTH) || 0, unit: 'month' };
  const step = unit === 'week' ? 7 : 1;
  return { amount: Math.round(days / step) * step || 0, unit: 'day' };
}
