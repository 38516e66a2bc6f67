import { describe, expect, it } from 'vitest';
import { openHighThreats } from '../../../src/domain/risks/threats';
import { SCREEN_METRICS } from '../../../src/layout/metrics';
import { riskBadges } from '../../../src/layout/riskBadges';
import type { PlacedItem } from '../../../src/layout/roadmapLayout';
import { makeLane, makeMilestone, makePhase } from '../../factories/plans';
import { makeRisk } from '../../factories/risksAndFunding';

const placed = (id: string, x: number, width: number, collapsed = false): PlacedItem =>
  ({
    item: id === 'item-1' ? makePhase() : makeMilestone({ id }),
    lane: makeLane({ collapsed }),
    rowName: 'rivi',
    y: 40,
    order: 0,
    shape: { x, width },
  }) as unknown as PlacedItem;

const risks = [
  makeRisk({ id: 'r1', number: 1, itemIds: ['item-1', 'item-2'] }),
  makeRisk({ id: 'r4', number: 4, probability: 'medium', impact: 'severe', itemIds: ['item-1'] }),
  makeRisk({ id: 'r5', number: 5, probability: 'low', impact: 'minor', itemIds: ['item-2'] }),
  makeRisk({ id: 'r7', number: 7, status: 'closed', itemIds: ['item-2'] }),
];

describe('risk badges on the roadmap', () => {
  it('collect only open high risks, by item, in number order', () => {
    const threats = openHighThreats([...risks].reverse());
    expect([...threats].map(([id, list]) => [id, list.map((r) => r.number)])).toEqual([
      ['item-1', [1, 4]],
      ['item-2', [1]],
    ]);
  });

  it('sit at a phase’s right end and a milestone’s left, with the numbers only', () => {
    const badges = riskBadges(
      [placed('item-1', 100, 200), placed('item-2', 400, 14), placed('item-3', 600, 14)],
      openHighThreats(risks),
      SCREEN_METRICS,
    );
    expect(badges.map((b) => [b.itemId, b.text])).toEqual([
      ['item-1', '1, 4'],
      ['item-2', '1'],
    ]);
    const [first, second] = badges as [(typeof badges)[0], (typeof badges)[0]];
    expect(first.x + first.width / 2).toBe(300);
    expect(second.x + second.width / 2).toBe(400);
    expect(first.width).toBeGreaterThan(second.width);
    expect(first.y).toBeGreaterThanOrEqual(40);
  });

  it('leave a collapsed lane’s summary row alone', () => {
    const badges = riskBadges(
      [placed('item-1', 0, 10, true)],
      openHighThreats(risks),
      SCREEN_METRICS,
    );
    expect(badges).toEqual([]);
  });
});
