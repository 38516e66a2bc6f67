import type { CalendarDate } from '../domain/calendarDate';
import { stepFrame, type Frame } from './presentationFrame';

/** Where presentation's "by period" stepping is: a frame of the roadmap, or a part's page. */
export interface PeriodPlace {
  frame: Frame;
  /** The index of the part page shown (Riskit, Rahoitus), or -1 for the roadmap's frame. */
  part: number;
}

/**
 * One step by period: the frame moves by its own length until it reaches `lastDay` (the end of
 * the plan's content), and then the part pages follow in turn, as they follow the last lane when
 * stepping by lane; back from the first part is the frame it was left at. With no parts, the
 * frame steps on as far as asked.
 */
export function stepPeriod(
  place: PeriodPlace,
  direction: 1 | -1,
  lastDay: CalendarDate,
  partCount: number,
): PeriodPlace {
  if (place.part >= 0) {
    const part = Math.min(partCount - 1, place.part + direction);
    return { frame: place.frame, part: Math.max(-1, part) };
  }
  if (direction === 1 && partCount > 0 && place.frame.end >= lastDay)
    return { frame: place.frame, part: 0 };
  return { frame: stepFrame(place.frame, direction), part: -1 };
}
