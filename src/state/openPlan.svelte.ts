import type { Plan } from '../domain/planSchema';
import type { PlanRepository, StoredPlan } from '../persistence/planRepository';
import { Autosaver, type SaveStatus } from './autosaver';

/** The plan being edited: replaced on every change, never mutated, autosaved behind the scenes. */
export class OpenPlan {
  readonly id: string;
  plan = $state.raw<Plan>() as Plan;
  status = $state.raw<SaveStatus>({ kind: 'pending' });
  #revision: number;
  readonly #autosaver: Autosaver;

  constructor(
    stored: StoredPlan,
    repository: PlanRepository,
    onSaved?: (stored: StoredPlan) => void,
  ) {
    this.id = stored.id;
    this.plan = stored.plan;
    this.#revision = stored.revision;
    this.status = { kind: 'saved', at: stored.savedAt };
    this.#autosaver = new Autosaver({
      write: async () => {
        const saved = await repository.save(this.id, this.plan, this.#revision);
        this.#revision = saved.revision;
        onSaved?.(saved);
        return saved.savedAt;
      },
      onStatus: (status) => (this.status = status),
    });
  }

  get dirty(): boolean {
    return this.#autosaver.dirty;
  }

  update(next: Plan): void {
    if (next === this.plan) return;
    this.plan = next;
    this.#autosaver.markDirty();
  }

  flush(): Promise<void> {
    return this.#autosaver.flush();
  }

  dispose(): void {
    this.#autosaver.dispose();
  }
}
