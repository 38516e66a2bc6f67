import { addDays, localCalendarDate } from './calendarDate';
import { newId } from './ids';
import { LANE_COLORS } from './laneColors';
import type { Lane, LaneKind, Plan } from './planSchema';

export interface NewPlanOptions {
  title: string;
  /** The day the plan is made; its window opens at the start of that month. */
  today?: Date;
}

/** The four standard lanes; their names come from the caller's language. */
export const TEMPLATE_KINDS = ['hallinto', 'tori', 'tosi', 'infra'] as const;
export type TemplateLaneNames = Record<(typeof TEMPLATE_KINDS)[number], string> & {
  /** The name of each lane's first row; without it the row is named after its lane. */
  row?: string;
};

export function createBlankPlan({ title, today = new Date() }: NewPlanOptions): Plan {
  const asOf = localCalendarDate(today);
  const start = `${asOf.slice(0, 7)}-01`;
  return {
    title,
    organisation: '',
    classification: 'internal',
    asOf,
    window: { start, end: addDays(`${Number(asOf.slice(0, 4)) + 2}${start.slice(4)}`, -1) },
    principles: [],
    lanes: [],
    items: [],
    tracks: [],
    markers: [],
    dependencies: [],
    baselines: [],
  };
}

export function createLane(kind: LaneKind, name: string): Lane {
  return { id: newId('lane'), name, kind, color: LANE_COLORS[kind], collapsed: false, rows: [] };
}

export function createTemplatePlan(options: NewPlanOptions, names: TemplateLaneNames): Plan {
  // A lane without rows has nowhere to put an item: double-click does nothing and no hint shows,
  // so each template lane starts with one row, ready to take the first item.
  const lanes = TEMPLATE_KINDS.map((kind) => ({
    ...createLane(kind, names[kind]),
    rows: [{ id: newId('row'), name: names.row ?? names[kind] }],
  }));
  return { ...createBlankPlan(options), lanes };
}
