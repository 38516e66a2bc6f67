import { describe, expect, it } from 'vitest';
import { groupByRow } from '../../../src/domain/groupByRow';
import { milestoneAt, phaseFromBox } from '../../../src/components/timeline/canvasItems';
import { layoutRoadmap } from '../../../src/layout/roadmapLayout';
import { createTimeScale } from '../../../src/layout/timeScale';
import { makeLane, makePlan } from '../../factories/plans';

const plan = makePlan({ lanes: [makeLane({ rows: [{ id: 'row-a', name: 'A' }] })], items: [] });
const scale = createTimeScale('2022-01-01', '2022-12-31', 4);
const layout = layoutRoadmap(plan, scale, (i) => i.label, groupByRow(plan.items));
const row = layout.rows[0] as (typeof layout.rows)[number];

describe('items made on the canvas', () => {
  it('a box drawn right to left makes a phase over the days it spans, on its row', () => {
    const box = {
      x0: scale.x('2022-03-31'),
      x1: scale.x('2022-03-01'),
      y0: row.y + 5,
      y1: row.y + 20,
      draw: true,
      additive: false,
    };
    expect(phaseFromBox(box, layout, scale, 'Uusi vaihe')).toMatchObject({
      type: 'phase',
      rowId: 'row-a',
      start: '2022-03-01',
      end: '2022-03-31',
      label: 'Uusi vaihe',
    });
  });

  it('a box snaps to the zoom: whole ISO weeks at the weeks zoom, from the days under its ends', () => {
    const weeks = createTimeScale('2022-01-01', '2022-12-31', 20);
    const weeksLayout = layoutRoadmap(plan, weeks, (i) => i.label, groupByRow(plan.items));
    const first = weeksLayout.rows[0] as (typeof weeksLayout.rows)[number];
    const box = {
      x0: weeks.x('2022-03-02') + 19,
      x1: weeks.x('2022-03-15') + 1,
      y0: first.y + 5,
      y1: first.y + 5,
      draw: true,
      additive: false,
    };
    expect(phaseFromBox(box, weeksLayout, weeks, 'V')).toMatchObject({
      start: '2022-02-28',
      end: '2022-03-20',
    });
  });

  it('a double click makes a milestone on that day (unsnapped) and row, and nothing below the rows', () => {
    expect(
      milestoneAt({ x: scale.x('2022-06-15') + 1, y: row.y + 5 }, layout, scale, 'M'),
    ).toMatchObject({
      type: 'milestone',
      rowId: 'row-a',
      date: '2022-06-15',
    });
    expect(milestoneAt({ x: 10, y: layout.height + 50 }, layout, scale, 'M')).toBeNull();
  });
});
