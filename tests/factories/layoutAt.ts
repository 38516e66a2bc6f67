import { groupByRow } from '../../src/domain/groupByRow';
import type { Plan } from '../../src/domain/planSchema';
import { itemCaption } from '../../src/i18n/itemText';
import { layoutRoadmap, type RoadmapLayout } from '../../src/layout/roadmapLayout';
import { createTimeScale } from '../../src/layout/timeScale';

/** A plan laid out over its window at `pxPerDay`, with Finnish captions, as the screen does. */
export const layoutAt = (plan: Plan, pxPerDay: number): RoadmapLayout =>
  layoutRoadmap(
    plan,
    createTimeScale(plan.window.start, plan.window.end, pxPerDay),
    (item) => itemCaption(item, 'fi'),
    groupByRow(plan.items),
  );
