import type { Plan } from './domain/planSchema';
import { parsePlanText } from './io/parsePlanFile';
import type { PlanRepository } from './persistence/planRepository';
import type { AppState } from './state/app.svelte';
import { OpenPlan } from './state/openPlan.svelte';

/** Resolves after the next painted frame (two animation frames). */
const painted = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );

/** Resolves at the first painted frame in which `selector` matches something. */
async function paintedWith(selector: string): Promise<number> {
  for (;;) {
    const at = await painted();
    if (document.querySelector(selector)) return at;
  }
}

/**
 * Measuring points for `npm run bench`, only in a build made with `--mode bench`; the ordinary
 * production build leaves this module out entirely.
 */
export function installBenchHook(app: AppState, repository: PlanRepository): void {
  let held: Plan | null = null;
  Object.assign(window, {
    __tiekarttaBench: {
      /** Parses a plan file ahead of a measurement, so the measurement holds only the render. */
      hold(text: string): boolean {
        const parsed = parsePlanText(text);
        held = parsed.ok ? parsed.plan : null;
        return held !== null;
      },
      /**
       * Switches the open plan to the held one in memory: ms until its first frame is painted,
       * and until the frame in which every mark in view is (a first draw mounts 300 at once).
       */
      async show(): Promise<{ first: number; whole: number }> {
        if (!held) throw new Error('hold a plan first');
        const start = performance.now();
        app.open = new OpenPlan(
          { id: 'bench', revision: 0, savedAt: new Date(), plan: held },
          repository,
        );
        const first = (await painted()) - start;
        const done = '[data-testid="timeline"] svg[role="group"]:not([data-mounting])';
        const whole = document.querySelector(done) ? first : (await paintedWith(done)) - start;
        return { first, whole };
      },
      /**
       * Compares the open plan with another plan file (as "compare with a file" does): ms from
       * the start until the first frame that draws the comparison. The comparison code is loaded
       * first, so the figure is the work of comparing and drawing, not the download.
       */
      async compare(text: string): Promise<number> {
        const parsed = parsePlanText(text);
        const open = app.open;
        if (!parsed.ok || !open) throw new Error('no plan to compare');
        const [{ snapshotOf }] = await Promise.all([
          import('./domain/comparison/snapshotOf'),
          import('./state/compareEngine'),
          import('./components/timeline/ComparisonLayer.svelte'),
        ]);
        const snapshot = snapshotOf(parsed.plan);
        const start = performance.now();
        await open.comparison.start({ kind: 'file', name: 'bench', snapshot });
        return (await paintedWith('[data-comparison] *')) - start;
      },
      /**
       * Shows the held plan, as `show`: ms until its first arrows are painted, and until every
       * arrow near the view is (a frame routes what it has time for, the next ones the rest).
       */
      async showLinked(): Promise<{ first: number; near: number }> {
        if (!held) throw new Error('hold a plan first');
        await import('./components/timeline/DependencyLayer.svelte');
        const start = performance.now();
        app.open = new OpenPlan(
          { id: 'bench', revision: 0, savedAt: new Date(), plan: held },
          repository,
        );
        const first = (await paintedWith('[data-testid="dependency-layer"] path')) - start;
        const near =
          (await paintedWith('[data-testid="dependency-layer"]:not([data-routing])')) - start;
        return { first, near };
      },
      /**
       * ms the main thread is blocked by one save of the open plan (its synchronous part). The
       * first call creates the record; a second replaces it and, being the first replacement,
       * also copies the replaced revision into the ring of earlier versions.
       */
      async blockedBySave(previousRevision = -1): Promise<number> {
        const plan = app.open?.plan;
        if (!plan) throw new Error('no open plan');
        const stringify = JSON.stringify;
        let inStringify = 0;
        JSON.stringify = function (...args: Parameters<typeof stringify>) {
          const begin = performance.now();
          try {
            return stringify(...args);
          } finally {
            inStringify += performance.now() - begin;
          }
        } as typeof stringify;
        // The write's structured clone happens inside IDBObjectStore.put, after idb-keyval awaits
        // the open database: time that call too, not only the synchronous start of save().
        const put = IDBObjectStore.prototype.put;
        let inPut = 0;
        IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
          const begin = performance.now();
          try {
            return put.apply(this, args);
          } finally {
            inPut += performance.now() - begin;
          }
        };
        try {
          const start = performance.now();
          const pending = repository.save('bench-save', plan, previousRevision);
          const beforeAwait = performance.now() - start;
          await pending;
          return beforeAwait + inPut + inStringify;
        } finally {
          IDBObjectStore.prototype.put = put;
          JSON.stringify = stringify;
        }
      },
    },
  });
}
