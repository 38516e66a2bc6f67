import type { BaselineFunding, BaselineRisk } from '../baselineSchema';
import type { BaselineItem, BaselineLink, BaselineTrack, Marker, Status } from '../planSchema';

/** One way a matched item differs from what it was. Days are calendar days, later positive. */
export type ItemChange =
  | { kind: 'moved'; days: number }
  | { kind: 'resized'; days: number }
  | { kind: 'row'; fromRowId: string; toRowId: string; otherLane: boolean }
  | { kind: 'status'; from: Status; to: Status }
  | { kind: 'renamed'; from: string; to: string };

export type ItemChangeKind = ItemChange['kind'] | 'added' | 'removed';

/**
 * An item that differs. `id` is the open plan's id, or the earlier one for a removed item.
 * `guessed`: matched by lane, row and label because the ids differ (a plan from elsewhere).
 */
export type ItemDiff =
  | { kind: 'added'; id: string; after: BaselineItem }
  | { kind: 'removed'; id: string; before: BaselineItem }
  | {
      kind: 'changed';
      id: string;
      before: BaselineItem;
      after: BaselineItem;
      changes: ItemChange[];
      guessed: boolean;
    };

/** A track or marker that was added, removed or changed, matched by id. */
export type ThingDiff<T> =
  | { kind: 'added'; after: T }
  | { kind: 'removed'; before: T }
  | { kind: 'changed'; before: T; after: T };
export type TrackDiff = ThingDiff<BaselineTrack>;
export type MarkerDiff = ThingDiff<Marker>;
/** A link added, removed or of another kind, matched by id. */
export type LinkDiff = ThingDiff<BaselineLink>;
/** A risk added, removed, rescored, renamed or of another status, matched by id. */
export type RiskDiff = ThingDiff<BaselineRisk>;
/** A funding decision or application added, removed or changed, matched by id. */
export type FundingDiff = ThingDiff<BaselineFunding['entries'][number]>;

export interface PlanComparison {
  items: ItemDiff[];
  tracks: TrackDiff[];
  markers: MarkerDiff[];
  /** Empty when the earlier side kept no links (a baseline saved before they existed). */
  links: LinkDiff[];
  /** A side without the key had no risks: against it every risk is new. */
  risks: RiskDiff[];
  /** Empty when the earlier side kept no funding table (a baseline saved before they did). */
  funding: FundingDiff[];
  /** Item diffs by id (removed ones by their earlier id), for the roadmap's marks. */
  byId: ReadonlyMap<string, ItemDiff>;
}
