import type { Lane, LaneKind } from '../planSchema';

/**
 * Words that name a lane kind in the plans the counties keep (Finnish, Swedish, English). A lane
 * whose plan gave it a kind keeps that kind; only lanes of their own ('custom') are read by name.
 */
const KIND_WORDS: readonly (readonly [Exclude<LaneKind, 'custom'>, RegExp])[] = [
  ['tori', /\btori\b|toimialariippumat|sektoroberoende|sector[- ]independent/i],
  ['tosi', /\btosi\b|toimialasidon|sektorspecifik|sector[- ]specific|potilastieto|asiakastieto/i],
  ['infra', /infra|päätelait|konesali|tietoliikenne|\bverkko|\bidm\b|nätverk|network/i],
  ['hallinto', /hallin|förvaltning|administrat|sopimu|avtal|contract|governance/i],
];

/** The kind a lane's name points to, or 'custom' when it names none of the five. */
export function kindOfName(name: string): LaneKind {
  for (const [kind, words] of KIND_WORDS) if (words.test(name)) return kind;
  return 'custom';
}

/** The lane kind a lane belongs to in the roll-up. */
export const laneKindOf = (lane: Pick<Lane, 'kind' | 'name'>): LaneKind =>
  lane.kind === 'custom' ? kindOfName(lane.name) : lane.kind;
