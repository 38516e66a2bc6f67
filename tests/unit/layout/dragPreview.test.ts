import { describe, expect, it } from 'vitest';
import { groupByRow } from '../../../src/domain/groupByRow';
import { moveCheckpoint } from '../../../src/layout/checkpointDrag';
import { draggedItem, rowAt } from '../../../src/layout/dragPreview';
import { layoutRoadmap } from '../../../src/layout/roadmapLayout';
import { createTimeScale } from '../../../src/layout/timeScale';
import { makeMilestone, makePhase, makePlan } from '../../factories/plans';

const phase = makePhase({ start: '2022-09-01', end: '2022-09-30' });
const week = { amount: 7, unit: 'day' } as const;

describe('draggedItem', () => {
  it.each([
    ['move', week, { start: '2022-09-08', end: '2022-10-07' }],
    ['start', week, { start: '2022-09-08', end: '2022-09-30' }],
    ['end', week, { start: '2022-09-01', end: '2022-10-07' }],
    ['start', { amount: 60, unit: 'day' }, { start: '2022-09-30', end: '2022-09-30' }],
    ['end', { amount: -60, unit: 'day' }, { start: '2022-09-01', end: '2022-09-01' }],
    ['move', { amount: 1, unit: 'month' }, { start: '2022-10-01', end: '2022-10-30' }],
  ] as const)('%s by %j gives %j', (mode, shift, dates) => {
    expect(draggedItem(phase, mode, shift)).toMatchObject(dates);
  });

  it('moves a milestone whatever end is grabbed', () => {
    expect(draggedItem(makeMilestone({ date: '2022-04-01' }), 'end', week)).toMatchObject({
      date: '2022-04-08',
    });
  });
});

describe('rowAt', () => {
  const plan = makePlan();
  const layout = layoutRoadmap(
    plan,
    createTimeScale('2022-01-01', '2022-12-31', 4),
    (i) => i.label,
    groupByRow(plan.items),
  );

  it('finds the row under a y and nothing below the last one', () => {
    const second = layout.rows[1];
    expect(rowAt(layout, (second?.y ?? 0) + 2)?.rowId).toBe('row-2');
    expect(rowAt(layout, layout.height + 100)).toBeNull();
  });
});

describe('moveCheckpoint', () => {
  const points = [
    { date: '2022-06-01', percent: 5 },
    { date: '2022-08-15', percent: 25 },
  ];

  it.each([
    [1, { amount: 7, unit: 'day' }, -10, { date: '2022-08-22', percent: 35 }],
    [1, { amount: 0, unit: 'day' }, 4.4, { date: '2022-08-15', percent: 21 }],
    [0, { amount: -1, unit: 'month' }, 50, { date: '2022-05-01', percent: 0 }],
    [1, { amount: 0, unit: 'day' }, -200, { date: '2022-08-15', percent: 100 }],
  ] as const)('moves checkpoint %i by %j and %d px up/down', (index, shift, dy, moved) => {
    const next = moveCheckpoint(points, index, shift, dy);
    expect(next[index]).toEqual(moved);
    expect(next[1 - index]).toBe(points[1 - index]);
  });
});
