import type { ItemChange, PlanComparison } from '../domain/comparison/planChange';
import { rowPlaces, type RowPlace } from '../domain/comparison/rowPlaces';
import { startOf } from '../domain/comparison/slipDays';
import type { Snapshot } from '../domain/comparison/snapshotOf';
import type { BaselineItem } from '../domain/planSchema';
import type { ChangeLine } from './changeLine';
import { fundingLines } from './changeFundingText';
import { linkLines } from './changeLinkText';
import { riskLines } from './changeRiskText';
import { markerLines, trackLines } from './changeThingText';
import { formatDate } from './formatDate';
import { itemDates } from './itemText';
import type { Language } from './languages';
import { amountText } from './slipText';
import type { Translate } from './translate';

/** The two sides of a comparison and its differences, as the change list reads them. */
export interface ChangeInput {
  comparison: PlanComparison;
  before: Snapshot;
  after: Snapshot;
}

/** A line before its place in lane order is known. */
export type LineDraft = Omit<ChangeLine, 'order'> & { sortKey: [number, number] };

/**
 * Every difference as one line in the users' words ("Datamigraatiot siirtyi 3 viikkoa
 * myöhemmäksi: 1.9.2022 → 22.9.2022"), in lane order: lane, row, then the plan's order. Markers
 * and then risks and funding, which belong to the whole plan, come last.
 */
export function changeLines(input: ChangeInput, t: Translate, language: Language): ChangeLine[] {
  const places = { before: rowPlaces(input.before), after: rowPlaces(input.after) };
  const rank = laneRanks(input);
  const where = (place: RowPlace | undefined, rowId: string) => ({
    laneId: place?.laneId ?? null,
    laneName: place?.laneName ?? '',
    rowName: place?.rowName ?? '',
    sortKey: rank.get(rowId) ?? [rank.size, 0],
  });
  const drafts: LineDraft[] = [];
  for (const diff of input.comparison.items) {
    if (diff.kind === 'changed') {
      const place = where(places.after.get(diff.after.rowId), diff.after.rowId);
      diff.changes.forEach((change, i) => {
        const { text, days } = itemChangeText(diff.before, diff.after, change, places, t, language);
        drafts.push({
          ...place,
          key: `${diff.id}:${i}`,
          kind: change.kind,
          itemId: diff.id,
          label: diff.after.label,
          days,
          guessed: diff.guessed,
          text: diff.guessed ? t('changes.guessed', { text }) : text,
        });
      });
    } else {
      const item = diff.kind === 'added' ? diff.after : diff.before;
      const side = diff.kind === 'added' ? places.after : places.before;
      const dates = itemDates(item, language, t);
      drafts.push({
        ...where(side.get(item.rowId), item.rowId),
        key: `${diff.id}:${diff.kind}`,
        kind: diff.kind,
        itemId: diff.kind === 'added' ? diff.id : null,
        label: item.label,
        days: 0,
        guessed: false,
        text: t(`changes.${diff.kind}`, { label: item.label, dates }),
      });
    }
  }
  drafts.push(...trackLines(input.comparison.tracks, places, where, t, language));
  drafts.push(...linkLines(input.comparison.links, input, places, where, t));
  drafts.push(...markerLines(input.comparison.markers, rank.size + 1, t, language));
  drafts.push(...riskLines(input.comparison.risks, rank.size + 2, t));
  drafts.push(...fundingLines(input.comparison.funding, rank.size + 3, t, language));
  return inLaneOrder(drafts);
}

/** Each row's place: its lane's index and its own, the open plan's lanes first. */
function laneRanks({ before, after }: ChangeInput): Map<string, [number, number]> {
  const rank = new Map<string, [number, number]>();
  const laneIndex = new Map<string, number>();
  for (const lane of [...after.lanes, ...before.lanes]) {
    if (!laneIndex.has(lane.id)) laneIndex.set(lane.id, laneIndex.size);
    const l = laneIndex.get(lane.id) as number;
    lane.rows.forEach((row, r) => {
      if (!rank.has(row.id)) rank.set(row.id, [l, r]);
    });
  }
  return rank;
}

function inLaneOrder(drafts: LineDraft[]): ChangeLine[] {
  const indexed = drafts.map((draft, i) => ({ draft, i }));
  indexed.sort(
    (a, b) =>
      a.draft.sortKey[0] - b.draft.sortKey[0] ||
      a.draft.sortKey[1] - b.draft.sortKey[1] ||
      a.i - b.i,
  );
  return indexed.map(({ draft: { sortKey: _, ...line } }, order) => ({ ...line, order }));
}

type Places = { before: ReadonlyMap<string, RowPlace>; after: ReadonlyMap<string, RowPlace> };

function itemChangeText(
  before: BaselineItem,
  after: BaselineItem,
  change: ItemChange,
  places: Places,
  t: Translate,
  language: Language,
): { text: string; days: number } {
  const label = after.label;
  switch (change.kind) {
    case 'moved':
      return {
        days: change.days,
        text: t(change.days > 0 ? 'changes.later' : 'changes.earlier', {
          label,
          amount: amountText(change.days, t),
          from: formatDate(startOf(before), language),
          to: formatDate(startOf(after), language),
        }),
      };
    case 'resized':
      return {
        days: change.days,
        text: t(change.days > 0 ? 'changes.longer' : 'changes.shorter', {
          label,
          amount: amountText(change.days, t),
          from: itemDates(before, language, t),
          to: itemDates(after, language, t),
        }),
      };
    case 'row': {
      const was = places.before.get(change.fromRowId);
      const is = places.after.get(change.toRowId);
      const names = { label, from: was?.rowName ?? '', to: is?.rowName ?? '' };
      return {
        days: 0,
        text: change.otherLane
          ? t('changes.lane', { ...names, lane: is?.laneName ?? '' })
          : t('changes.row', names),
      };
    }
    case 'status':
      return {
        days: 0,
        text: t('changes.status', {
          label,
          from: t(`status.${change.from}`),
          to: t(`status.${change.to}`),
        }),
      };
    case 'renamed':
      return { days: 0, text: t('changes.renamed', { from: change.from, to: change.to }) };
  }
}
