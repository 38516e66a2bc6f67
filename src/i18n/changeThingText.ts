import { toDayNumber } from '../domain/calendarDate';
import type { MarkerDiff, TrackDiff } from '../domain/comparison/planChange';
import type { RowPlace } from '../domain/comparison/rowPlaces';
import type { BaselineTrack, Checkpoint, Marker } from '../domain/planSchema';
import type { LineDraft } from './changeText';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import { amountText } from './slipText';
import type { Translate } from './translate';

type Places = { before: ReadonlyMap<string, RowPlace>; after: ReadonlyMap<string, RowPlace> };
type Where = (
  place: RowPlace | undefined,
  rowId: string,
) => Pick<LineDraft, 'laneId' | 'laneName' | 'rowName' | 'sortKey'>;

/** One line per transition track added, removed or changed (checkpoints, name or row). */
export function trackLines(
  diffs: readonly TrackDiff[],
  places: Places,
  where: Where,
  t: Translate,
  language: Language,
): LineDraft[] {
  return diffs.map((diff) => {
    const track = diff.kind === 'removed' ? diff.before : diff.after;
    const side = diff.kind === 'removed' ? places.before : places.after;
    const label = diff.kind === 'changed' ? diff.before.label : track.label;
    const text =
      diff.kind === 'changed'
        ? t('changes.trackChanged', {
            label,
            details: trackDetails(diff.before, diff.after, places, t, language),
          })
        : t(diff.kind === 'added' ? 'changes.trackAdded' : 'changes.trackRemoved', { label });
    return {
      ...where(side.get(track.rowId), track.rowId),
      key: `track:${track.id}:${diff.kind}`,
      kind: 'track',
      itemId: null,
      label: track.label,
      days: 0,
      guessed: false,
      text,
    };
  });
}

/** What changed in a track: its checkpoints, matched by percent in time order; its name; its row. */
function trackDetails(
  before: BaselineTrack,
  after: BaselineTrack,
  places: Places,
  t: Translate,
  language: Language,
): string {
  const date = (d: string) => formatDate(d, language);
  const parts: string[] = [];
  const left = [...after.checkpoints];
  for (const was of before.checkpoints) {
    const i = left.findIndex((p) => p.percent === was.percent);
    const is: Checkpoint | undefined = i >= 0 ? left.splice(i, 1)[0] : undefined;
    if (!is) parts.push(t('changes.pointRemoved', { percent: was.percent, date: date(was.date) }));
    else if (is.date !== was.date)
      parts.push(
        t('changes.pointMoved', { percent: was.percent, from: date(was.date), to: date(is.date) }),
      );
  }
  for (const is of left)
    parts.push(t('changes.pointAdded', { percent: is.percent, date: date(is.date) }));
  if (before.label !== after.label) parts.push(t('changes.trackRenamed', { to: after.label }));
  if (before.rowId !== after.rowId)
    parts.push(t('changes.trackRow', { to: places.after.get(after.rowId)?.rowName ?? '' }));
  return parts.join('; ');
}

const startOf = (marker: Marker) => (marker.type === 'blackout' ? marker.start : marker.date);
const endOf = (marker: Marker) => (marker.type === 'blackout' ? marker.end : marker.date);
const dayOf = (date: string) => toDayNumber(date);

function markerDates(marker: Marker, language: Language, t: Translate): string {
  if (marker.type !== 'blackout') return formatDate(marker.date, language);
  return t('item.dates', {
    start: formatDate(marker.start, language),
    end: formatDate(marker.end, language),
  });
}

/** One line per marker added, removed, moved or otherwise changed; they belong to the whole plan. */
export function markerLines(
  diffs: readonly MarkerDiff[],
  lastRank: number,
  t: Translate,
  language: Language,
): LineDraft[] {
  return diffs.map((diff, i) => {
    const marker = diff.kind === 'removed' ? diff.before : diff.after;
    const type = t(`marker.${marker.type}`);
    let days = 0;
    let text: string;
    if (diff.kind !== 'changed') {
      const key = diff.kind === 'added' ? 'changes.markerAdded' : 'changes.markerRemoved';
      text = t(key, { type, label: marker.label, dates: markerDates(marker, language, t) });
    } else {
      const { before, after } = diff;
      const shift = dayOf(startOf(after)) - dayOf(startOf(before));
      const sameLength = dayOf(endOf(after)) - dayOf(endOf(before)) === shift;
      const onlyMoved = shift !== 0 && sameLength && before.label === after.label;
      if (onlyMoved) {
        days = shift;
        text = t(shift > 0 ? 'changes.markerLater' : 'changes.markerEarlier', {
          type,
          label: after.label,
          amount: amountText(shift, t),
          from: markerDates(before, language, t),
          to: markerDates(after, language, t),
        });
      } else
        text = t('changes.markerChanged', {
          type,
          label: before.label,
          from: `${before.label} ${markerDates(before, language, t)}`,
          to: `${after.label} ${markerDates(after, language, t)}`,
        });
    }
    return {
      laneId: null,
      laneName: t('changes.wholePlan'),
      rowName: '',
      sortKey: [lastRank, i] as [number, number],
      key: `marker:${marker.id}:${diff.kind}`,
      kind: 'marker',
      itemId: null,
      label: marker.label,
      days,
      guessed: false,
      text,
    };
  });
}
