import type { CalendarDate } from '../domain/calendarDate';
import type { Marker } from '../domain/planSchema';
import type { TimeScale } from '../layout/timeScale';
import { group, px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export const HATCH_ID = 'blackout-hatch';

/** Lines of key dates, meetings, the as-of date and today, and hatched blackout periods. */
export function markerMarks(
  markers: readonly Marker[],
  asOf: CalendarDate,
  today: CalendarDate | null,
  scale: TimeScale,
  height: number,
  theme: Theme,
): Shape[] {
  const mid = (date: CalendarDate) => px(scale.x(date) + scale.pxPerDay / 2);
  const inRange = (date: CalendarDate) => scale.x(date) >= 0 && scale.x(date) <= scale.width;
  const line = (date: CalendarDate, stroke: string, dash: string | undefined, kind: string) =>
    shape('line', {
      x1: mid(date),
      x2: mid(date),
      y1: 0,
      y2: height,
      stroke,
      'stroke-width': 2,
      'stroke-dasharray': dash,
      'data-marker': kind,
    });
  const shapes = markers.map((marker) => {
    if (marker.type !== 'blackout')
      return marker.type === 'meeting'
        ? line(marker.date, theme.inkSoft, '2 4', marker.type)
        : line(marker.date, theme.ink, undefined, marker.type);
    const x = Math.max(0, scale.x(marker.start));
    const end = Math.min(scale.width, scale.x(marker.end) + scale.pxPerDay);
    return shape('rect', {
      class: 'blackout',
      x: px(x),
      y: 0,
      width: px(Math.max(0, end - x)),
      height,
      fill: `url(#${HATCH_ID})`,
    });
  });
  if (inRange(asOf)) shapes.push(line(asOf, theme.accent, '8 4', 'asOf'));
  if (today && inRange(today)) shapes.push(line(today, theme.today, undefined, 'today'));
  return shapes;
}

/** The pattern blackout periods are filled with; one per drawing, in its defs. */
export const hatchPattern = (): Shape =>
  group(
    {
      id: HATCH_ID,
      width: 8,
      height: 8,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    [
      shape('rect', { width: 8, height: 8, fill: '#eceff1' }),
      shape('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#b0bec5', 'stroke-width': 3 }),
    ],
    'pattern',
  );
