import { addDays, addMonths, type CalendarDate } from '../domain/calendarDate';

export type FramePreset = 'next6' | 'next12' | 'whole' | 'custom';

export interface Frame {
  start: CalendarDate;
  end: CalendarDate;
}

/** The period a preset shows: months from the first of the as-of month, or the whole plan. */
export function presetFrame(
  preset: Exclude<FramePreset, 'custom'>,
  asOf: CalendarDate,
  whole: Frame,
): Frame {
  if (preset === 'whole') return whole;
  const start = `${asOf.slice(0, 7)}-01`;
  return { start, end: addDays(addMonths(start, preset === 'next6' ? 6 : 12), -1) };
}

/** The next (+1) or previous (−1) period of the same length, for stepping through time. */
export function stepFrame(frame: Frame, direction: 1 | -1): Frame {
  const months = monthsSpanned(frame);
  if (months > 0)
    return {
      start: addMonths(frame.start, direction * months),
      end: addDays(addMonths(addDays(frame.end, 1), direction * months), -1),
    };
  const days = Math.round((Date.parse(frame.end) - Date.parse(frame.start)) / 86_400_000) + 1;
  return {
    start: addDays(frame.start, direction * days),
    end: addDays(frame.end, direction * days),
  };
}

/** Whole months from a 1st to a last day, or 0 when the frame is not made of whole months. */
function monthsSpanned({ start, end }: Frame): number {
  const next = addDays(end, 1);
  if (!start.endsWith('-01') || !next.endsWith('-01')) return 0;
  const [y0, m0] = start.split('-').map(Number) as [number, number];
  const [y1, m1] = next.split('-').map(Number) as [number, number];
  return (y1 - y0) * 12 + (m1 - m0);
}
