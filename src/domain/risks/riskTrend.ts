import type { BaselineRisk } from '../baselineSchema';
import { IMPACTS, PROBABILITIES, type Risk } from './riskSchema';

/** How a risk moved since a baseline: worse, better, the same, or not there then. */
export type RiskTrend = 'worse' | 'better' | 'same' | 'new';

const score = (risk: Pick<Risk, 'probability' | 'impact'>) =>
  (PROBABILITIES.indexOf(risk.probability) + 1) * (IMPACTS.indexOf(risk.impact) + 1);
/** Open and realised risks still weigh; mitigated and closed ones no longer do. */
const active = (status: Risk['status']) => status === 'open' || status === 'realised';

/**
 * The trend of `risk` against the same risk (by id) in a baseline's risks: a risk that stopped
 * being open or realised is better, one that became so again worse; otherwise its score,
 * probability times impact, decides.
 */
export function riskTrend(risk: Risk, before: readonly BaselineRisk[] | undefined): RiskTrend {
  const then = before?.find((r) => r.id === risk.id);
  if (!then) return 'new';
  if (active(then.status) !== active(risk.status)) return active(risk.status) ? 'worse' : 'better';
  const change = score(risk) - score(then);
  return change > 0 ? 'worse' : change < 0 ? 'better' : 'same';
}
