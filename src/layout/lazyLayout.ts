import type { LayoutOptions, RoadmapLayout } from './roadmapLayout';

/** Starts the layout steps, telling `onProgress` of each row done (`layoutSteps`' option). */
export type StartSteps = (
  onProgress: NonNullable<LayoutOptions['onProgress']>,
) => Generator<number, RoadmapLayout>;

/**
 * One layout, laid out row by row only as far down as it is asked for: a view at the top of a
 * tall plan is drawn after its own rows, and the rest follows when the whole is wanted. The rows
 * it gives are those of the whole layout, the same objects (but for the last of a lane under
 * way, should the lane grow to its name), the lane under way ends at them, and the height is a
 * guess (never less than what is laid out) until the last row is done.
 */
export class LazyLayout {
  readonly #steps: Generator<number, RoadmapLayout>;
  readonly #guessHeight: number;
  /** How far down the rows laid out reach, and the layout so far, to take when it is given. */
  #bottom = -Infinity;
  #sofar: (() => RoadmapLayout) | null = null;
  #stepsTaken = 0;
  #shownAt = -1;
  /** What `upTo` last gave before the end: the same object while no row was added. */
  #shown: RoadmapLayout | null = null;
  #whole: RoadmapLayout | null = null;

  /** `guessHeight`: what to give as the height before the end is reached (an earlier layout's). */
  constructor(start: StartSteps, guessHeight = 0) {
    this.#guessHeight = guessHeight;
    this.#steps = start((bottom, sofar) => {
      this.#bottom = bottom;
      this.#sofar = sofar;
      this.#stepsTaken += 1;
    });
  }

  get done(): boolean {
    return this.#whole !== null;
  }

  /** Lays out one more row (or finishes); true once the whole layout is done. */
  more(): boolean {
    this.upTo(Math.max(0, this.#bottom) + 1);
    return this.done;
  }

  /** The whole layout, laying out what is left. */
  whole(): RoadmapLayout {
    return this.upTo(Infinity);
  }

  /** The rows that begin above `bottom` px, at least; the whole layout once it is done. */
  upTo(bottom: number): RoadmapLayout {
    while (!this.#whole && (this.#sofar === null || this.#bottom < bottom)) {
      const step = this.#steps.next();
      if (step.done) this.#whole = step.value;
    }
    if (this.#whole) return this.#whole;
    if (this.#shownAt !== this.#stepsTaken || !this.#shown) {
      const sofar = (this.#sofar as () => RoadmapLayout)();
      this.#shown = { ...sofar, height: Math.max(sofar.height, this.#guessHeight) };
      this.#shownAt = this.#stepsTaken;
    }
    return this.#shown;
  }
}
