import type { LaneKind } from '../domain/planSchema';

/** A new lane's kind from its name: "B. TORI" is a TORI lane, "ICT-infra" infra. */
export function laneKindOf(name: string): LaneKind {
  const k = name.trim().toLocaleLowerCase('fi');
  if (/\btori\b|toimialariippumatt/.test(k)) return 'tori';
  if (/\btosi\b|toimialasidonn/.test(k)) return 'tosi';
  if (/infra/.test(k)) return 'infra';
  if (/hallin/.test(k)) return 'hallinto';
  return 'custom';
}
