import { createStore } from 'idb-keyval';
import { PlanRepository } from '../../src/persistence/planRepository';
import { AppState } from '../../src/state/app.svelte';
import { SAMPLE_TEXTS } from './fixtures';

let databases = 0;

/** An app on its own fresh (fake) IndexedDB database, with the real sample plan. */
export function makeAppState(): { app: AppState; repository: PlanRepository } {
  const store = createStore(`tiekartta-component-${++databases}`, 'plans');
  const repository = new PlanRepository({ store, appVersion: '0.1.0' });
  const app = new AppState({
    repository,
    loadSample: async (sample = 'county2022') => SAMPLE_TEXTS[sample],
    appVersion: '0.1.0',
  });
  return { app, repository };
}
