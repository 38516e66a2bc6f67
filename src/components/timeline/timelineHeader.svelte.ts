import type { Plan } from '../../domain/planSchema';
import { headerMarks } from '../../drawing/headerMarks';
import { markerLabels } from '../../drawing/markerLabels';
import { keepSame, type Shape } from '../../drawing/shape';
import { DEFAULT_THEME } from '../../drawing/theme';
import { LazyModule } from '../../lazy/lazyModule.svelte';
import { headerKind, headerRows, type TickLabels } from '../../layout/headerTicks';
import { SCREEN_METRICS } from '../../layout/metrics';
import type { TimeScale } from '../../layout/timeScale';
import { snapOut, type Viewport } from '../../layout/visibleWindow';
import { locale } from '../../state/locale.svelte';

interface HeaderInputs {
  plan: () => Plan;
  scale: () => TimeScale;
  px: () => number;
  /** The stretch drawn: the header's ticks and the day shading cover only it. */
  view: () => Viewport;
  /** The visible frame's edges in body px: marker labels stay inside them. */
  frameLeft: () => number;
  frameRight: () => number;
  today: string;
}

/** The grid the header's stretch snaps to, in px. */
const HEADER_GRID_PX = 512;

/** The time axis over the chart's view, and the week zoom's shading of days off. */
export class TimelineHeader {
  readonly #in: HeaderInputs;
  // Weekends and holidays are shaded only at week zoom: their calendar loads when first zoomed in.
  readonly #dayShading = new LazyModule(() => import('../../layout/dayShading'));
  // The stretch snapped out to a grid: a scroll step within it leaves the ticks as they were.
  readonly #snapped = $derived.by(() => snapOut(this.#in.view(), HEADER_GRID_PX));
  readonly #fromDay = $derived.by(() => this.#in.scale().dayAt(Math.max(0, this.#snapped.left)));
  readonly #toDay = $derived.by(() => this.#in.scale().dayAt(this.#snapped.right));

  readonly #labels: TickLabels = $derived({
    monthShort: locale.t('axis.months').split(' '),
    week: (week) => locale.t('axis.week', { week }),
    quarter: (quarter) => locale.t('axis.quarter', { quarter }),
  });

  constructor(inputs: HeaderInputs) {
    this.#in = inputs;
  }

  readonly shading = $derived.by(() =>
    headerKind(this.#in.px()) === 'monthWeek'
      ? (this.#dayShading.get()?.shadedDays(this.#in.scale(), this.#fromDay, this.#toDay) ?? [])
      : [],
  );

  /** The marker labels at their dates: a scroll moves the frame, not them, so not made again. */
  readonly #markers = $derived.by(() => {
    const { plan, scale, today } = this.#in;
    const { markers, asOf, funding } = plan();
    return markerLabels({ markers, asOf, funding }, scale(), today, locale.language, locale.t);
  });

  /** The shapes drawn last: a scroll step hands the ones it did not change back unchanged. */
  #drawn: Shape[] = [];

  readonly header = $derived.by(() => {
    const { scale } = this.#in;
    const marks = headerMarks({
      rows: headerRows(scale(), this.#fromDay, this.#toDay, this.#labels),
      markers: this.#markers,
      frameLeft: this.#in.frameLeft(),
      frameRight: Math.min(scale().width, this.#in.frameRight()),
      theme: DEFAULT_THEME,
      metrics: SCREEN_METRICS,
    });
    this.#drawn = keepSame(this.#drawn, marks.shapes);
    return { ...marks, shapes: this.#drawn };
  });
}
