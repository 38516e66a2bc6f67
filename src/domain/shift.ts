import { addDays, addMonths, type CalendarDate } from './calendarDate';

/** A move in calendar time: whole days, or whole months (which keep the day of the month). */
export interface Shift {
  amount: number;
  unit: 'day' | 'month';
}

export const shiftDate = (date: CalendarDate, { amount, unit }: Shift): CalendarDate =>
  unit === 'day' ? addDays(date, amount) : addMonths(date, amount);

export const invertShift = (shift: Shift): Shift => ({ ...shift, amount: -shift.amount });
