import type { Item, Lane, Plan } from '../../domain/planSchema';
import { laneNameHeight, rowNameHeight, type NameColumn } from '../../drawing/nameColumnMarks';
import { groupByRow } from '../../domain/groupByRow';
import { cachedCaption } from '../../i18n/captionCache';
import type { Language } from '../../i18n/languages';
import {
  EMPTY_LAYOUT,
  layoutRoadmap,
  layoutSteps,
  type RoadmapLayout,
  type RowCache,
} from '../../layout/roadmapLayout';
import { layoutInSlices } from '../../layout/sliceLayout';
import type { TimeScale } from '../../layout/timeScale';

/** A plan this large is laid out in slices first, with a progress bar. */
export const SLICED_FROM = 10_000;

interface Inputs {
  plan: () => Plan;
  scale: () => TimeScale;
  language: () => Language;
  column: () => NameColumn;
}

/**
 * The timeline's layout, kept from one change to the next: rows that did not change come from a
 * cache, and a plan of tens of thousands of items is first laid out in slices so opening or
 * zooming it never blocks the page. Construct it while a component initialises.
 */
export class TimelineLayout {
  readonly #inputs: Inputs;
  /** The inputs, read lazily by the derived values below once the constructor has run. */
  #in(): Inputs {
    return this.#inputs;
  }
  #generation = 0;
  /** Rows of the last layout, kept while captions stay the same. */
  readonly #cache = $derived.by((): RowCache & { generation: number } => {
    void this.#in().language();
    // A plain Map on purpose: a memo the layout writes while it runs, never read reactively.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return Object.assign(new Map(), { generation: ++this.#generation });
  });
  readonly #args = $derived([
    this.#in().plan(),
    this.#in().scale(),
    (item: Item) => cachedCaption(item, this.#in().language()),
    groupByRow(this.#in().plan().items),
    {
      laneNameHeight: (lane: Lane) => laneNameHeight(lane, this.#in().column()),
      rowNameHeight: (name: string) => rowNameHeight(name, this.#in().column()),
      cache: this.#cache,
    },
  ] as const);
  readonly #key = $derived.by(() => {
    const scale = this.#in().scale();
    return `${this.#cache.generation}|${scale.startDay}|${scale.endDay}|${scale.pxPerDay}`;
  });
  #warmKey = $state('');
  /** Share of the items laid out while slicing, 0–1. */
  progress = $state(0);
  readonly slicing = $derived(
    this.#in().plan().items.length >= SLICED_FROM && this.#warmKey !== this.#key,
  );
  readonly current: RoadmapLayout = $derived(
    this.slicing ? EMPTY_LAYOUT : layoutRoadmap(...this.#args),
  );

  constructor(inputs: Inputs) {
    this.#inputs = inputs;
    $effect(() => {
      if (!this.slicing) return;
      const key = this.#key;
      let stopped = false;
      this.progress = 0;
      void layoutInSlices(
        layoutSteps(...this.#args),
        this.#in().plan().items.length,
        (share) => (this.progress = share),
        () => stopped,
      ).then((done) => {
        if (done && !stopped) this.#warmKey = key;
      });
      return () => (stopped = true);
    });
  }
}
