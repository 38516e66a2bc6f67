import type { Snapshot } from '../domain/comparison/snapshotOf';
import type { Plan } from '../domain/planSchema';
import type { ComparedPlans } from './compareEngine';

/** What the open plan is compared with. A baseline is the plan's chosen one, as the plan changes. */
export type CompareSource =
  | { kind: 'baseline' }
  | { kind: 'version'; savedAt: string; snapshot: Snapshot }
  | { kind: 'file'; name: string; snapshot: Snapshot };

type Engine = typeof import('./compareEngine');

/**
 * The comparison of one open plan. Its code loads on first use; `result` follows every edit of
 * the plan and is computed once however many parts of the screen read it.
 */
export class Comparison {
  source = $state.raw<CompareSource | null>(null);
  /** Unchanged items drawn faint, so the changes stand out. */
  dimUnchanged = $state(false);
  #engine = $state.raw<Engine | null>(null);
  readonly #plan: () => Plan;
  readonly result: ComparedPlans | null;

  constructor(plan: () => Plan) {
    this.#plan = plan;
    this.result = $derived(
      this.#engine && this.source ? this.#engine.compare(this.#plan(), this.source) : null,
    );
  }

  async start(source: CompareSource): Promise<void> {
    this.#engine ??= await import('./compareEngine');
    this.source = source;
  }

  stop(): void {
    this.source = null;
  }
}
