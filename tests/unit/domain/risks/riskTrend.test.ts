import { describe, expect, it } from 'vitest';
import { takeBaseline } from '../../../../src/domain/comparison/snapshotOf';
import { planSchema } from '../../../../src/domain/planSchema';
import { riskTrend, type RiskTrend } from '../../../../src/domain/risks/riskTrend';
import type { Risk } from '../../../../src/domain/risks/riskSchema';
import { makePlan } from '../../../factories/plans';
import { makeRisk } from '../../../factories/risksAndFunding';

const then = makeRisk({ probability: 'medium', impact: 'moderate', status: 'open' });
const meta = { id: 'b1', name: 'Ohjausryhmä 14.3.2022', savedOn: '2022-03-14' };

describe('a risk’s trend since the baseline', () => {
  it.each<[string, Partial<Risk>, RiskTrend]>([
    ['more likely', { probability: 'high' }, 'worse'],
    ['less severe', { impact: 'minor' }, 'better'],
    ['moved to low × severe, a lower score', { probability: 'low', impact: 'severe' }, 'better'],
    ['unchanged', {}, 'same'],
    ['mitigated', { status: 'mitigated' }, 'better'],
    ['mitigated though more likely', { status: 'closed', probability: 'high' }, 'better'],
    ['realised', { status: 'realised' }, 'same'],
  ])('%s: %s', (_, change, trend) => {
    const baseline = takeBaseline(makePlan({ risks: [then] }), meta);
    expect(riskTrend({ ...then, ...change }, baseline.risks)).toBe(trend);
  });

  it('is "new" for a risk the baseline did not have, or a baseline without risks', () => {
    expect(riskTrend(makeRisk({ id: 'other' }), [then])).toBe('new');
    expect(riskTrend(then, takeBaseline(makePlan(), meta).risks)).toBe('new');
  });

  it('counts a reopened risk as worse', () => {
    const closed = takeBaseline(makePlan({ risks: [{ ...then, status: 'closed' }] }), meta);
    expect(riskTrend(then, closed.risks)).toBe('worse');
  });

  it('keeps the scores in the baseline, and no risks key for a plan without risks', () => {
    const baseline = takeBaseline(makePlan({ risks: [{ ...then, owner: 'PMO' }] }), meta);
    expect(baseline.risks).toEqual([
      {
        id: 'risk-1',
        number: 1,
        title: 'Aikataulut',
        probability: 'medium',
        impact: 'moderate',
        status: 'open',
      },
    ]);
    expect('risks' in takeBaseline(makePlan(), meta)).toBe(false);
    const plan = makePlan({ risks: [then], baselines: [baseline] });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });
});
