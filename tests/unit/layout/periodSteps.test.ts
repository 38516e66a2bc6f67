import { describe, expect, it } from 'vitest';
import { stepPeriod, type PeriodPlace } from '../../../src/layout/periodSteps';

const roadmap = (start: string, end: string): PeriodPlace => ({ frame: { start, end }, part: -1 });
const walk = (from: PeriodPlace, steps: (1 | -1)[], parts: number) =>
  steps.reduce<PeriodPlace[]>(
    (places, direction) => [
      ...places,
      stepPeriod(places.at(-1) as PeriodPlace, direction, '2023-03-31', parts),
    ],
    [from],
  );

describe('stepping a presentation by period', () => {
  it('moves the frame by its length until the content ends, then shows the part pages', () => {
    const places = walk(roadmap('2022-06-01', '2022-11-30'), [1, 1, 1, 1], 2);
    expect(places.map((p) => [p.frame.start, p.part])).toEqual([
      ['2022-06-01', -1],
      ['2022-12-01', -1],
      ['2022-12-01', 0],
      ['2022-12-01', 1],
      ['2022-12-01', 1],
    ]);
  });

  it('comes back from the parts to the frame it left, then steps back in time', () => {
    const places = walk(
      { frame: { start: '2022-12-01', end: '2023-05-31' }, part: 1 },
      [-1, -1, -1],
      2,
    );
    expect(places.map((p) => [p.frame.start, p.part])).toEqual([
      ['2022-12-01', 1],
      ['2022-12-01', 0],
      ['2022-12-01', -1],
      ['2022-06-01', -1],
    ]);
  });

  it('steps on in time for a plan without risks or funding', () => {
    const places = walk(roadmap('2022-12-01', '2023-05-31'), [1], 0);
    expect(places.at(-1)).toEqual(roadmap('2023-06-01', '2023-11-30'));
  });
});
