import type { PlanFileHandle } from '../io/fileAccess';

/**
 * The file each plan was opened from, where the browser gives one (File System Access). A map
 * replaced on every change rather than svelte/reactivity's SvelteMap: the same reactivity for two
 * calls, without its weight in the first download.
 */
export class FileHandles {
  #byPlan = $state.raw(new Map<string, PlanFileHandle>());

  get(planId: string): PlanFileHandle | undefined {
    return this.#byPlan.get(planId);
  }

  set(planId: string, handle: PlanFileHandle): void {
    this.#byPlan = new Map(this.#byPlan).set(planId, handle);
  }
}
