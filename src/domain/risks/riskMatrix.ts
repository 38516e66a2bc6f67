import { IMPACTS, PROBABILITIES, type Impact, type Probability, type Risk } from './riskSchema';

export type Severity = 'low' | 'medium' | 'high';

/** A cell of the 3 × 3 matrix: `row` 0 is the top (korkea probability), `column` 0 the left (vähäinen impact). */
export interface MatrixCell {
  row: number;
  column: number;
}

export const MATRIX_SIZE = 3;

/**
 * Probability times impact, each scored 1–3: 1–2 low, 3–4 medium, 6–9 high. Only a likely and
 * at least moderate, or a possible and severe, risk is high.
 */
export function severityOf(probability: Probability, impact: Impact): Severity {
  const score = (PROBABILITIES.indexOf(probability) + 1) * (IMPACTS.indexOf(impact) + 1);
  return score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
}

export function cellOf(risk: Pick<Risk, 'probability' | 'impact'>): MatrixCell {
  return {
    row: MATRIX_SIZE - 1 - PROBABILITIES.indexOf(risk.probability),
    column: IMPACTS.indexOf(risk.impact),
  };
}

/** The scores of a cell; a cell outside the grid is clamped to its edge. */
export function scoresOf(cell: MatrixCell): { probability: Probability; impact: Impact } {
  const clamp = (n: number) => Math.max(0, Math.min(MATRIX_SIZE - 1, Math.round(n)));
  return {
    probability: PROBABILITIES[MATRIX_SIZE - 1 - clamp(cell.row)] as Probability,
    impact: IMPACTS[clamp(cell.column)] as Impact,
  };
}

const STEPS: Record<string, MatrixCell> = {
  ArrowUp: { row: -1, column: 0 },
  ArrowDown: { row: 1, column: 0 },
  ArrowLeft: { row: 0, column: -1 },
  ArrowRight: { row: 0, column: 1 },
};

/**
 * The scores an arrow key moves a risk to: up more probable, right more severe; null for any
 * other key or at the edge.
 */
export function scoresAfterKey(
  risk: Pick<Risk, 'probability' | 'impact'>,
  key: string,
): { probability: Probability; impact: Impact } | null {
  const step = STEPS[key];
  if (!step) return null;
  const cell = cellOf(risk);
  const row = cell.row + step.row;
  const column = cell.column + step.column;
  if (row < 0 || row >= MATRIX_SIZE || column < 0 || column >= MATRIX_SIZE) return null;
  return scoresOf({ row, column });
}

/** The risk numbers in each cell, `[row][column]`, in number order. */
export function matrixCells(risks: readonly Risk[]): number[][][] {
  const grid = Array.from({ length: MATRIX_SIZE }, () =>
    Array.from({ length: MATRIX_SIZE }, () => [] as number[]),
  );
  for (const risk of [...risks].sort((a, b) => a.number - b.number)) {
    const { row, column } = cellOf(risk);
    grid[row]?.[column]?.push(risk.number);
  }
  return grid;
}

/** Open and high: the risks whose number shows as a badge on the items they threaten. */
export const isOpenHigh = (risk: Risk): boolean =>
  risk.status === 'open' && severityOf(risk.probability, risk.impact) === 'high';
