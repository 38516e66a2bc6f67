import type { AppState } from './app.svelte';
import { locale } from './locale.svelte';
import { Rollup } from './rollup.svelte';

let kept: { app: AppState; rollup: Rollup } | null = null;

/**
 * The app's roll-up, kept while the tab lives: back from a plan opened in it, the coordinator
 * finds it as it was. It opens plans through the app, so the library stays the only writer.
 */
export function appRollup(app: AppState): Rollup {
  if (kept?.app === app) return kept.rollup;
  const rollup = new Rollup({
    readStored: async (id) => (await app.library.read(id))?.plan ?? null,
    openAt: async (source, itemId) => {
      app.rollupShown = false;
      if (source.libraryId) {
        await app.openPlan(source.libraryId, itemId);
        return source.libraryId;
      }
      return app.addAndOpen(source.plan, itemId);
    },
    kindName: (kind) => locale.t(`kind.${kind}`),
    title: () => locale.t('rollup.title'),
  });
  kept = { app, rollup };
  return rollup;
}
