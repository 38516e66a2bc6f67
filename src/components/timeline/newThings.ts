import { addDays, toDayNumber, type CalendarDate } from '../../domain/calendarDate';
import { newId } from '../../domain/ids';
import type { Item, Marker, Plan, Row, Track } from '../../domain/planSchema';
import { contentRange } from '../../layout/contentRange';
import { createTimeScale } from '../../layout/timeScale';
import { fitPxPerDay } from '../../layout/zoom';
import { LABEL_COLUMN_PX } from './timelineMetrics';

/** A new phase lasts four weeks, long enough to grab both ends. */
const NEW_PHASE_DAYS = 28;

/** The row a new thing goes to: the one asked for, else the first row of the first open lane. */
export function rowForNew(plan: Plan, preferred: string | null): string | null {
  const rows = plan.lanes.flatMap((lane) => (lane.collapsed ? [] : lane.rows));
  const all = plan.lanes.flatMap((lane) => lane.rows);
  return all.find((row) => row.id === preferred)?.id ?? rows[0]?.id ?? all[0]?.id ?? null;
}

/** The lane a new row goes to: the preferred row's lane, else the last lane. */
export function laneForNewRow(plan: Plan, preferredRow: string | null): string | null {
  const lane = plan.lanes.find((l) => l.rows.some((row) => row.id === preferredRow));
  return lane?.id ?? plan.lanes.at(-1)?.id ?? null;
}

/** The day in the middle of the chart as it is scrolled now, kept inside the plan's window. */
export function viewCentre(
  plan: Plan,
  viewport: { width: number; pxPerDay: number; scrollLeft: number },
): CalendarDate {
  const bodyWidth = Math.max(200, viewport.width - LABEL_COLUMN_PX);
  const windowDays = toDayNumber(plan.window.end) - toDayNumber(plan.window.start) + 1;
  const range = contentRange(plan);
  const px = viewport.pxPerDay || fitPxPerDay(windowDays, bodyWidth);
  const date = createTimeScale(range.start, range.end, px).dateAt(
    viewport.scrollLeft + bodyWidth / 2,
  );
  if (date < plan.window.start) return plan.window.start;
  return date > plan.window.end ? plan.window.end : date;
}

export function newMilestone(rowId: string, date: CalendarDate, label: string): Item {
  return { id: newId('item'), type: 'milestone', rowId, label, date, status: 'planned' };
}

export function newPhase(rowId: string, start: CalendarDate, label: string): Item {
  const end = addDays(start, NEW_PHASE_DAYS - 1);
  return { id: newId('item'), type: 'phase', rowId, label, start, end, status: 'planned' };
}

export function newTrack(rowId: string, date: CalendarDate, label: string): Track {
  return { id: newId('track'), rowId, label, checkpoints: [{ date, percent: 0 }] };
}

export function newRow(name: string): Row {
  return { id: newId('row'), name };
}

export function newMeeting(date: CalendarDate, label: string): Marker {
  return { id: newId('marker'), type: 'meeting', label, date };
}
