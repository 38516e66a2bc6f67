import type { PlanFileHandle } from '../io/fileAccess';

/**
 * The file each plan was opened from, where the browser gives one (File System Access). A record
 * replaced on every change rather than svelte/reactivity's SvelteMap: the same reactivity for two
 * calls, without its weight in the first download.
 */
export class FileHandles {
  #byPlan = $state.raw<Readonly<Record<string, PlanFileHandle>>>({});

  get(planId: string): PlanFileHandle | undefined {
    return Object.hasOwn(this.#byPlan, planId) ? this.#byPlan[planId] : undefined;
  }

  set(planId: string, handle: PlanFileHandle): void {
    this.#byPlan = { ...this.#byPlan, [planId]: handle };
  }
}
