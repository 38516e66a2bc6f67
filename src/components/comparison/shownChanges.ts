import { CHANGE_KINDS, type ChangeKind, type ChangeLine } from '../../i18n/changeLine';

export type ChangeSort = 'lane' | 'kind' | 'size';

export interface ChangeFilter {
  /** A lane's id, '' for the whole plan's markers; null: every lane. */
  laneId: string | null;
  kind: ChangeKind | null;
  /** Lines whose dates moved or length changed at least this many weeks; 0: every line. */
  minWeeks: number;
}

export const NO_FILTER: ChangeFilter = { laneId: null, kind: null, minWeeks: 0 };
export const MIN_WEEKS = [0, 1, 2, 4] as const;

const kindRank = new Map(CHANGE_KINDS.map((kind, i) => [kind, i]));

/**
 * The lines a filter keeps, sorted: by lane order, by kind (in CHANGE_KINDS' order), or by size
 * of shift; ties keep lane order.
 */
export function shownChanges(
  lines: readonly ChangeLine[],
  filter: ChangeFilter,
  sort: ChangeSort,
  ascending: boolean,
): ChangeLine[] {
  const min = filter.minWeeks * 7;
  const kept = lines.filter(
    (line) =>
      (filter.laneId === null || (line.laneId ?? '') === filter.laneId) &&
      (filter.kind === null || line.kind === filter.kind) &&
      (min === 0 || Math.abs(line.days) >= min),
  );
  const direction = ascending ? 1 : -1;
  const key = (line: ChangeLine) =>
    sort === 'lane'
      ? line.order
      : sort === 'kind'
        ? (kindRank.get(line.kind) ?? 0)
        : Math.abs(line.days);
  return kept.sort((a, b) => direction * (key(a) - key(b)) || a.order - b.order);
}

/** The lanes the lines name, in lane order, for the lane filter. */
export function laneChoices(lines: readonly ChangeLine[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const line of lines)
    if (!seen.has(line.laneId ?? '')) seen.set(line.laneId ?? '', line.laneName);
  return [...seen].map(([id, name]) => ({ id, name }));
}
