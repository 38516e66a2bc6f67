import { sameList } from './sameList';
import type { Item, Lane, Track } from '../domain/planSchema';
import type { Metrics } from './metrics';
import type { TimeScale } from './timeScale';

/** What a row is laid out from: a row whose inputs are all the same is not measured again. */
export interface RowInputs {
  nameHeight: number;
  items: readonly Item[];
  tracks: readonly Track[];
  lane: Lane;
  name: string;
  scale: TimeScale;
  metrics: Metrics;
}

/** A row as last laid out: its inputs, where it stood, its measures and its box. */
export interface CachedRow<Measured, Box> extends RowInputs {
  top: number;
  firstOrder: number;
  index: number;
  measured: Measured;
  box: Box;
}

/** Scales are made again whenever the plan changes; the same range and zoom lay out alike. */
const sameScale = (a: TimeScale, b: TimeScale) =>
  a === b || (a.startDay === b.startDay && a.endDay === b.endDay && a.pxPerDay === b.pxPerDay);

/** Whether an item's shape measured for `a` holds for `b`: the same zoom, range and type sizes. */
export const sameMeasures = (a: RowInputs, b: RowInputs): boolean =>
  sameScale(a.scale, b.scale) && a.metrics === b.metrics;

export const sameInputs = (a: RowInputs, b: RowInputs): boolean =>
  a.nameHeight === b.nameHeight &&
  a.lane === b.lane &&
  a.name === b.name &&
  sameScale(a.scale, b.scale) &&
  a.metrics === b.metrics &&
  sameList(a.items, b.items) &&
  sameList(a.tracks, b.tracks);
