import type { LaneKind } from './planSchema';

/**
 * Default lane colours from the Okabe–Ito palette, chosen to stay apart for colour-blind
 * viewers; the kind is always shown as text as well.
 */
export const LANE_COLORS: Record<LaneKind, string> = {
  hallinto: '#0072b2',
  tori: '#e69f00',
  tosi: '#009e73',
  infra: '#cc79a7',
  custom: '#56b4e9',
};
