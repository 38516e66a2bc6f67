import { describe, expect, it } from 'vitest';
import { DIAMOND_PX, itemShape, LABEL_PAD_PX, MIN_BAR_PX } from '../../../src/layout/itemShape';
import { estimateTextWidth } from '../../../src/layout/textWidth';
import { createTimeScale } from '../../../src/layout/timeScale';
import { makeMilestone, makePhase } from '../../factories/plans';

const scale = createTimeScale('2022-01-01', '2022-12-31', 4);

describe('itemShape', () => {
  it('draws a phase from the left edge of its start to the right edge of its end day', () => {
    const shape = itemShape(
      makePhase({ start: '2022-09-01', end: '2022-09-30' }),
      scale,
      'Testaus',
    );
    expect(shape).toMatchObject({
      x: scale.x('2022-09-01'),
      width: 30 * 4,
      labelInside: true,
      labelX: scale.x('2022-09-01') + LABEL_PAD_PX,
    });
    expect(shape.span).toEqual({ x0: shape.x, x1: shape.x + shape.width });
  });

  it('puts the label beside a bar too short for it, and keeps that space clear', () => {
    const label = 'Käyttöönoton valmistelu';
    const shape = itemShape(makePhase({ start: '2022-09-01', end: '2022-09-05' }), scale, label);
    expect(shape.labelInside).toBe(false);
    expect(shape.labelX).toBe(shape.x + shape.width + LABEL_PAD_PX);
    expect(shape.span.x1).toBe(shape.labelX + estimateTextWidth(label, 13));
  });

  it('keeps a one-day phase visible when zoomed far out', () => {
    const far = createTimeScale('2022-01-01', '2030-12-31', 0.2);
    expect(itemShape(makePhase({ start: '2022-09-01', end: '2022-09-01' }), far, 'x').width).toBe(
      MIN_BAR_PX,
    );
  });

  it('centres a milestone diamond on its day with the label to its right', () => {
    const shape = itemShape(
      makeMilestone({ date: '2022-04-01' }),
      scale,
      'Suunnittelu valmis 1.4.2022',
    );
    const center = scale.x('2022-04-01') + 2;
    expect(shape.x + DIAMOND_PX / 2).toBe(center);
    expect(shape.labelX).toBeGreaterThan(center + DIAMOND_PX / 2);
    expect(shape.span.x1).toBeGreaterThan(shape.labelX);
  });
});
