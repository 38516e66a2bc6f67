import type { BaselineRisk } from '../domain/baselineSchema';
import type { RiskDiff } from '../domain/comparison/planChange';
import type { LineDraft } from './changeText';
import type { Translate } from './translate';

/** "korkea × vakava": probability × impact, as the matrix and the slides write a risk's scores. */
const scores = (risk: BaselineRisk, t: Translate) =>
  `${t(`risk.probability.${risk.probability}`)} × ${t(`risk.impact.${risk.impact}`)}`;

/** Each way a risk changed, one line each: its scores, its status, its name, its number. */
function changedTexts(before: BaselineRisk, after: BaselineRisk, t: Translate) {
  const named = { number: after.number, title: after.title };
  const texts: { aspect: string; text: string }[] = [];
  if (before.probability !== after.probability || before.impact !== after.impact)
    texts.push({
      aspect: 'rescored',
      text: t('changes.riskRescored', {
        ...named,
        from: scores(before, t),
        to: scores(after, t),
      }),
    });
  if (before.status !== after.status)
    texts.push({
      aspect: 'status',
      text: t('changes.riskStatus', {
        ...named,
        from: t(`risk.status.${before.status}`),
        to: t(`risk.status.${after.status}`),
      }),
    });
  if (before.title !== after.title)
    texts.push({
      aspect: 'renamed',
      text: t('changes.riskRenamed', { number: after.number, from: before.title, to: after.title }),
    });
  if (before.number !== after.number)
    texts.push({
      aspect: 'number',
      text: t('changes.riskNumber', { title: after.title, from: before.number, to: after.number }),
    });
  return texts;
}

/**
 * One line per risk added or removed and per way a risk changed (rescored, of another status,
 * renamed), in risk-number order: "Riski 5 ”Resurssit” arvioitiin uudelleen: kohtalainen ×
 * kohtalainen → matala × vähäinen". Risks belong to the whole plan; their lines come last.
 */
export function riskLines(diffs: readonly RiskDiff[], lastRank: number, t: Translate): LineDraft[] {
  const numbered = diffs.map((diff) => ({
    diff,
    risk: diff.kind === 'removed' ? diff.before : diff.after,
  }));
  numbered.sort((a, b) => a.risk.number - b.risk.number);
  return numbered.flatMap(({ diff, risk }, i) => {
    const named = { number: risk.number, title: risk.title };
    const texts =
      diff.kind === 'changed'
        ? changedTexts(diff.before, diff.after, t)
        : [
            {
              aspect: diff.kind,
              text:
                diff.kind === 'added'
                  ? t('changes.riskAdded', { ...named, scores: scores(risk, t) })
                  : t('changes.riskRemoved', {
                      ...named,
                      scores: scores(risk, t),
                      status: t(`risk.status.${risk.status}`),
                    }),
            },
          ];
    return texts.map(({ aspect, text }) => ({
      laneId: null,
      laneName: t('changes.wholePlan'),
      rowName: '',
      sortKey: [lastRank, i] as [number, number],
      key: `risk:${risk.id}:${aspect}`,
      kind: 'risk' as const,
      itemId: null,
      label: risk.title,
      days: 0,
      guessed: false,
      text,
    }));
  });
}
