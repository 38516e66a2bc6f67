import type { Item, Lane, Plan } from '../../domain/planSchema';
import { laneNameHeight, rowNameHeight, type NameColumn } from '../../drawing/nameColumnMarks';
import { regroupByRow, type RowGroups } from '../../domain/groupByRow';
import { cachedCaption } from '../../i18n/captionCache';
import type { Language } from '../../i18n/languages';
import { LazyLayout } from '../../layout/lazyLayout';
import {
  EMPTY_LAYOUT,
  layoutSteps,
  type RoadmapLayout,
  type RowCache,
} from '../../layout/roadmapLayout';
import { layoutInSlices } from '../../layout/sliceLayout';
import type { TimeScale } from '../../layout/timeScale';
import { whenIdle, type IdleTime } from './whenIdle';

/** A plan this large is laid out in slices when opened, with a progress bar. */
export const SLICED_FROM = 10_000;
/** From this size the rows below the view are laid out once the page is idle; smaller, at once. */
export const LAZY_FROM = 1_000;
/** Another row is laid out in an idle period only while this much of it is left, in ms. */
const IDLE_ROOM_MS = 4;

interface Inputs {
  plan: () => Plan;
  scale: () => TimeScale;
  language: () => Language;
  column: () => NameColumn;
}

/**
 * The timeline's layout, kept from one change to the next: rows that did not change come from a
 * cache, a plan of tens of thousands of items is first laid out in slices so opening it never
 * blocks the page, and later layouts go down to the view at once and the rest when idle.
 * Construct it while a component initialises.
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
  /** The items by row, patched after an edit that replaced a few (a drop) rather than regrouped. */
  #grouped: RowGroups<Item> | null = null;
  #itemsOnRow(): RowGroups<Item> {
    return (this.#grouped = regroupByRow(this.#grouped, this.#in().plan().items));
  }
  readonly #args = $derived([
    this.#in().plan(),
    this.#in().scale(),
    (item: Item) => cachedCaption(item, this.#in().language()),
    this.#itemsOnRow().groups,
    {
      laneNameHeight: (lane: Lane) => laneNameHeight(lane, this.#in().column()),
      rowNameHeight: (name: string) => rowNameHeight(name, this.#in().column()),
      cache: this.#cache,
    },
  ] as const);
  /**
   * What is laid out in slices first: the timeline's first layout (a plan opened mounts a timeline
   * of its own), and the first after its words change. A zoom or an edit is laid out lazily, down
   * to the view and the rest when idle: slicing those blanked the chart at each zoom step.
   */
  readonly #key = $derived(String(this.#cache.generation));
  #warmKey = $state('');
  /** Share of the items laid out while slicing, 0–1. */
  progress = $state(0);
  readonly slicing = $derived(
    this.#in().plan().items.length >= SLICED_FROM && this.#warmKey !== this.#key,
  );
  /** The height of the last whole layout: the guess for the next one's until it is done. */
  #lastHeight = 0;
  /** Counts lazy layouts finished while the page was idle, so what was drawn of them follows. */
  #finished = $state(0);
  readonly #lazy = $derived.by(() => {
    if (this.slicing) return null;
    const [plan, scale, labelOf, itemsOnRow, options] = this.#args;
    const lazy = new LazyLayout(
      (onProgress) => layoutSteps(plan, scale, labelOf, itemsOnRow, { ...options, onProgress }),
      this.#lastHeight,
    );
    if (plan.items.length < LAZY_FROM) lazy.whole();
    return lazy;
  });

  /** The whole layout (laid out when first asked for): for gestures, keys and hit tests. */
  get current(): RoadmapLayout {
    const whole = this.#lazy?.whole() ?? EMPTY_LAYOUT;
    if (this.#lazy) this.#lastHeight = whole.height;
    return whole;
  }

  /** Whether the whole layout is done (in an idle period, or as `current` was asked for). */
  get whole(): boolean {
    void this.#finished;
    return this.#lazy?.done ?? false;
  }

  /**
   * Enough of the layout to draw a view reaching down to `bottom` px: the rows below are laid
   * out once the page is idle (a zoom step at the top of a 5,000-item plan lays out the rows in view).
   */
  upTo(bottom: number): RoadmapLayout {
    void this.#finished;
    return this.#lazy?.upTo(bottom) ?? EMPTY_LAYOUT;
  }

  constructor(inputs: Inputs) {
    this.#inputs = inputs;
    // The rows below the view, a row at a time while the page is idle, so a frame is not held.
    $effect(() => {
      const lazy = this.#lazy;
      if (!lazy || lazy.done) return;
      const work = (left: IdleTime): void => {
        while (!lazy.more() && left() > IDLE_ROOM_MS);
        if (!lazy.done) {
          cancel = whenIdle(work);
          return;
        }
        this.#lastHeight = lazy.whole().height;
        this.#finished++;
      };
      let cancel = whenIdle(work);
      return () => cancel();
    });
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
