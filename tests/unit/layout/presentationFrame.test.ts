import { describe, expect, it } from 'vitest';
import { presetFrame, stepFrame } from '../../../src/layout/presentationFrame';

const whole = { start: '2021-11-01', end: '2023-02-14' };

describe('presentation frames', () => {
  it.each([
    ['next6', { start: '2022-06-01', end: '2022-11-30' }],
    ['next12', { start: '2022-06-01', end: '2023-05-31' }],
    ['whole', whole],
  ] as const)('%s from the as-of date 15.6.2022', (preset, frame) => {
    expect(presetFrame(preset, '2022-06-15', whole)).toEqual(frame);
  });

  it.each([
    [{ start: '2022-06-01', end: '2022-11-30' }, 1, { start: '2022-12-01', end: '2023-05-31' }],
    [{ start: '2022-06-01', end: '2022-11-30' }, -1, { start: '2021-12-01', end: '2022-05-31' }],
    [{ start: '2022-03-10', end: '2022-03-23' }, 1, { start: '2022-03-24', end: '2022-04-06' }],
  ] as const)('steps %j by %i to %j', (frame, direction, next) => {
    expect(stepFrame(frame, direction)).toEqual(next);
  });
});
