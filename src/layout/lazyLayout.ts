import type { LayoutOptions, RoadmapLayout } from './roadmapLayout';

/** Starts the layout steps, telling `onLane` of each lane done (`layoutSteps` with that option). */
export type StartSteps = (
  onLane: NonNullable<LayoutOptions['onLane']>,
) => Generator<number, RoadmapLayout>;

/**
 * One layout, laid out lane by lane only as far down as it is asked for: a view at the top of a
 * tall plan is drawn after its own lanes, and the rest follows when the whole is wanted. The
 * rows it gives are those of the whole layout, the same objects; only the height is a guess
 * (never less than the lanes laid out) until the last lane is done.
 */
export class LazyLayout {
  readonly #steps: Generator<number, RoadmapLayout>;
  readonly #guessHeight: number;
  #sofar: RoadmapLayout | null = null;
  /** What `upTo` last gave before the end: the same object while no lane was added. */
  #shown: RoadmapLayout | null = null;
  #whole: RoadmapLayout | null = null;

  /** `guessHeight`: what to give as the height before the end is reached (an earlier layout's). */
  constructor(start: StartSteps, guessHeight = 0) {
    this.#guessHeight = guessHeight;
    this.#steps = start((sofar) => (this.#sofar = sofar));
  }

  get done(): boolean {
    return this.#whole !== null;
  }

  /** Lays out one more lane (or finishes); true once the whole layout is done. */
  more(): boolean {
    this.upTo((this.#sofar?.height ?? 0) + 1);
    return this.done;
  }

  /** The whole layout, laying out what is left. */
  whole(): RoadmapLayout {
    return this.upTo(Infinity);
  }

  /** The lanes that begin above `bottom` px, at least; the whole layout once it is done. */
  upTo(bottom: number): RoadmapLayout {
    while (!this.#whole && (this.#sofar === null || this.#sofar.height < bottom)) {
      const step = this.#steps.next();
      if (step.done) this.#whole = step.value;
    }
    if (this.#whole) return this.#whole;
    const sofar = this.#sofar as RoadmapLayout;
    if (
      this.#shown?.rows.length !== sofar.rows.length ||
      this.#shown.lanes.length !== sofar.lanes.length
    )
      this.#shown = { ...sofar, height: Math.max(sofar.height, this.#guessHeight) };
    return this.#shown;
  }
}
