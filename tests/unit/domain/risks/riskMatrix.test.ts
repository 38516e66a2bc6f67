import { describe, expect, it } from 'vitest';
import {
  cellOf,
  isOpenHigh,
  matrixCells,
  scoresAfterKey,
  scoresOf,
  severityOf,
} from '../../../../src/domain/risks/riskMatrix';
import type { Impact, Probability } from '../../../../src/domain/risks/riskSchema';
import { WORKING_GROUP_RISKS, makeRisk } from '../../../factories/risksAndFunding';

describe('the 3 × 3 risk matrix', () => {
  it.each<[Probability, Impact, number, number, 'low' | 'medium' | 'high']>([
    ['high', 'minor', 0, 0, 'medium'],
    ['high', 'moderate', 0, 1, 'high'],
    ['high', 'severe', 0, 2, 'high'],
    ['medium', 'minor', 1, 0, 'low'],
    ['medium', 'moderate', 1, 1, 'medium'],
    ['medium', 'severe', 1, 2, 'high'],
    ['low', 'minor', 2, 0, 'low'],
    ['low', 'moderate', 2, 1, 'low'],
    ['low', 'severe', 2, 2, 'medium'],
  ])(
    'puts probability %s, impact %s in row %i, column %i, as %s',
    (p, i, row, column, severity) => {
      expect(cellOf({ probability: p, impact: i })).toEqual({ row, column });
      expect(scoresOf({ row, column })).toEqual({ probability: p, impact: i });
      expect(severityOf(p, i)).toBe(severity);
    },
  );

  it('clamps a drop outside the grid to its nearest edge', () => {
    expect(scoresOf({ row: -2, column: 7 })).toEqual({ probability: 'high', impact: 'severe' });
    expect(scoresOf({ row: 3.4, column: -0.4 })).toEqual({ probability: 'low', impact: 'minor' });
  });

  it('shows the working group’s risk numbers in their cells, in number order', () => {
    expect(matrixCells(WORKING_GROUP_RISKS)).toEqual([
      [[], [2], [1]],
      [[], [5], [3, 4]],
      [[], [6], []],
    ]);
  });

  it.each<[string, Probability, Impact, { probability: Probability; impact: Impact } | null]>([
    ['ArrowUp', 'medium', 'moderate', { probability: 'high', impact: 'moderate' }],
    ['ArrowDown', 'medium', 'moderate', { probability: 'low', impact: 'moderate' }],
    ['ArrowRight', 'medium', 'moderate', { probability: 'medium', impact: 'severe' }],
    ['ArrowLeft', 'medium', 'moderate', { probability: 'medium', impact: 'minor' }],
    ['ArrowUp', 'high', 'moderate', null],
    ['ArrowRight', 'low', 'severe', null],
    ['Enter', 'low', 'minor', null],
  ])('%s from %s × %s moves to %j', (key, probability, impact, expected) => {
    expect(scoresAfterKey({ probability, impact }, key)).toEqual(expected);
  });

  it('badges only risks that are open and high', () => {
    expect(isOpenHigh(makeRisk({ probability: 'high', impact: 'severe' }))).toBe(true);
    expect(
      isOpenHigh(makeRisk({ probability: 'high', impact: 'severe', status: 'mitigated' })),
    ).toBe(false);
    expect(isOpenHigh(makeRisk({ probability: 'medium', impact: 'moderate' }))).toBe(false);
  });
});
