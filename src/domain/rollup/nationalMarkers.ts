import type { Marker, Plan } from '../planSchema';
import type { NationalMilestone } from './rollupFileSchema';

const whenOf = (marker: Marker) =>
  marker.type === 'blackout'
    ? `${marker.type} ${marker.start} ${marker.end}`
    : `${marker.type} ${marker.date}`;

/**
 * The key dates and breaks every plan has (1.1.2023, the summer break): given once in the roll-up,
 * in the first plan's words. Meetings are each county's own and never shared.
 */
export function sharedMarkers(plans: readonly Plan[]): Marker[] {
  const [first, ...rest] = plans;
  if (!first) return [];
  const inEvery = rest.map((plan) => new Set(plan.markers.map(whenOf)));
  const seen = new Set<string>();
  return first.markers.filter((marker) => {
    const when = whenOf(marker);
    if (marker.type === 'meeting' || seen.has(when)) return false;
    seen.add(when);
    return inEvery.every((whens) => whens.has(when));
  });
}

/**
 * The roll-up's marker row: the national milestones the coordinator gave, as key dates, then the
 * dates the plans share. On a day given, the coordinator's words stand instead of the first plan's.
 */
export function nationalMarkers(
  plans: readonly Plan[],
  given: readonly NationalMilestone[] = [],
): Marker[] {
  const givenDays = new Set(given.map((milestone) => milestone.date));
  const shared = sharedMarkers(plans).filter(
    (marker) => marker.type !== 'keyDate' || !givenDays.has(marker.date),
  );
  const own = given.map(({ date, label }, i): Marker => ({
    id: `n${i + 1}`,
    type: 'keyDate',
    label,
    date,
  }));
  return [...own, ...shared];
}
