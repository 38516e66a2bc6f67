import { chosenBaseline } from '../domain/baselineCommands';
import { diffPlans } from '../domain/comparison/diffPlans';
import type { PlanComparison } from '../domain/comparison/planChange';
import { snapshotOf, type Snapshot } from '../domain/comparison/snapshotOf';
import type { Baseline, Plan } from '../domain/planSchema';
import type { CompareSource } from './comparison.svelte';

/** The open plan compared with its source: the differences and both sides, for drawing them. */
export interface ComparedPlans {
  comparison: PlanComparison;
  before: Snapshot;
  after: Snapshot;
  source: CompareSource;
  /** The baseline compared with, when the source is a baseline. */
  baseline: Baseline | null;
}

/** Null when there is nothing to compare with (a baseline comparison of a plan without one). */
export function compare(plan: Plan, source: CompareSource): ComparedPlans | null {
  const baseline = source.kind === 'baseline' ? (chosenBaseline(plan) ?? null) : null;
  const before = source.kind === 'baseline' ? baseline : source.snapshot;
  if (!before) return null;
  const after = snapshotOf(plan);
  const comparison = diffPlans(before, after, { guess: source.kind === 'file' });
  return { comparison, before, after, source, baseline };
}
