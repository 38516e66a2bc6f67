import type { LinkDiff } from '../domain/comparison/planChange';
import type { RowPlace } from '../domain/comparison/rowPlaces';
import type { Snapshot } from '../domain/comparison/snapshotOf';
import type { LineDraft } from './changeText';
import type { Translate } from './translate';

type Where = (
  place: RowPlace | undefined,
  rowId: string,
) => Pick<LineDraft, 'laneId' | 'laneName' | 'rowName' | 'sortKey'>;
type Places = { before: ReadonlyMap<string, RowPlace>; after: ReadonlyMap<string, RowPlace> };

/**
 * One line per link added, removed or of another kind, in the successor's lane: "Uusi
 * riippuvuus: ”Palkanlaskenta valmis” → ”Käyttöönotto” (valmis ennen kuin seuraaja alkaa)".
 */
export function linkLines(
  diffs: readonly LinkDiff[],
  sides: { before: Snapshot; after: Snapshot },
  places: Places,
  where: Where,
  t: Translate,
): LineDraft[] {
  const items = new Map([...sides.before.items, ...sides.after.items].map((i) => [i.id, i]));
  return diffs.map((diff) => {
    const link = diff.kind === 'removed' ? diff.before : diff.after;
    const [from, to] = [items.get(link.from), items.get(link.to)];
    const names = { from: from?.label ?? link.from, to: to?.label ?? link.to };
    const rowId = to?.rowId ?? '';
    const text =
      diff.kind === 'changed'
        ? t('changes.linkChanged', {
            ...names,
            before: t(`deps.kind.${diff.before.kind}`),
            after: t(`deps.kind.${diff.after.kind}`),
          })
        : t(diff.kind === 'added' ? 'changes.linkAdded' : 'changes.linkRemoved', {
            ...names,
            kind: t(`deps.kind.${link.kind}`),
          });
    return {
      ...where(places.after.get(rowId) ?? places.before.get(rowId), rowId),
      key: `link:${link.id}:${diff.kind}`,
      kind: 'link',
      itemId: diff.kind === 'removed' ? null : link.to,
      label: names.to,
      days: 0,
      guessed: false,
      text,
    };
  });
}
