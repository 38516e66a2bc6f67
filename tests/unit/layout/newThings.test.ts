import { describe, expect, it } from 'vitest';
import {
  laneForNewRow,
  newPhase,
  rowForNew,
  viewCentre,
} from '../../../src/components/timeline/newThings';
import { LABEL_COLUMN_PX } from '../../../src/components/timeline/timelineMetrics';
import { contentRange } from '../../../src/layout/contentRange';
import { createTimeScale } from '../../../src/layout/timeScale';
import { makeLane, makePlan } from '../../factories/plans';

const twoLanes = makePlan({
  lanes: [
    makeLane({ collapsed: true }),
    makeLane({ id: 'lane-2', name: 'TORI', rows: [{ id: 'row-9', name: 'Talous' }] }),
  ],
});

describe('where a new thing goes', () => {
  it('a new item goes to the row asked for, else the first row of the first open lane', () => {
    expect(rowForNew(twoLanes, 'row-2')).toBe('row-2');
    expect(rowForNew(twoLanes, null)).toBe('row-9');
    expect(rowForNew(twoLanes, 'gone')).toBe('row-9');
    expect(rowForNew(makePlan({ lanes: [] }), null)).toBeNull();
  });

  it("a new row goes to the preferred row's lane, else to the last lane", () => {
    expect(laneForNewRow(twoLanes, 'row-1')).toBe('lane-1');
    expect(laneForNewRow(twoLanes, null)).toBe('lane-2');
    expect(laneForNewRow(makePlan({ lanes: [] }), null)).toBeNull();
  });

  it('a new item is dated in the middle of the chart as scrolled, never outside the window', () => {
    const plan = makePlan();
    const pxPerDay = 4;
    const scale = createTimeScale(contentRange(plan).start, contentRange(plan).end, pxPerDay);
    const width = LABEL_COLUMN_PX + 800;
    const scrollLeft = scale.x('2022-05-01');
    expect(viewCentre(plan, { width, pxPerDay, scrollLeft })).toBe('2022-08-09'); // 400 px at 4 px a day: 100 days on
    expect(viewCentre(plan, { width, pxPerDay, scrollLeft: -1e6 })).toBe(plan.window.start);
    expect(viewCentre(plan, { width, pxPerDay, scrollLeft: 1e6 })).toBe(plan.window.end);
  });

  it('a new phase lasts four weeks, both ends included', () => {
    expect(newPhase('row-1', '2022-12-20', 'Uusi vaihe')).toMatchObject({
      start: '2022-12-20',
      end: '2023-01-16',
    });
  });
});
