import { describe, expect, it } from 'vitest';
import { itemShape, labelFrameLeft, stickyLabelX } from '../../../src/layout/itemShape';
import { SCREEN_METRICS } from '../../../src/layout/metrics';
import { estimateTextWidth } from '../../../src/layout/textWidth';
import { createTimeScale } from '../../../src/layout/timeScale';
import { itemMark } from '../../../src/drawing/itemMark';
import { DEFAULT_THEME } from '../../../src/drawing/theme';
import { makeLane, makeMilestone, makePhase } from '../../factories/plans';

const scale = createTimeScale('2022-01-01', '2022-12-31', 4);
const { labelPadPx: PAD, diamondPx: DIAMOND, minBarPx: MIN_BAR } = SCREEN_METRICS;

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
      labelX: scale.x('2022-09-01') + PAD,
      label: 'Testaus',
    });
    expect(shape.span).toEqual({ x0: shape.x, x1: shape.x + shape.width });
  });

  it('puts the label beside a bar too short for it, and keeps that space clear', () => {
    const label = 'Käyttöönoton valmistelu';
    const shape = itemShape(makePhase({ start: '2022-09-01', end: '2022-09-05' }), scale, label);
    expect(shape.labelInside).toBe(false);
    expect(shape.labelX).toBe(shape.x + shape.width + PAD);
    expect(shape.span.x1).toBe(shape.labelX + estimateTextWidth(label, 13));
  });

  it('draws an amount with no-break spaces, and shortens a label before it, never inside', () => {
    const phase = makePhase({ start: '2022-09-01', end: '2022-09-30' });
    expect(itemShape(phase, scale, 'Haku 942 086 €').label).toBe('Haku 942\u00a0086\u00a0€');
    const edge = createTimeScale('2022-09-01', '2022-09-30', 4);
    expect(itemShape(phase, edge, 'Rahoitus 942 086 € haettu').label).toBe('Rahoitus…');
  });

  it('keeps a one-day phase visible when zoomed far out', () => {
    const far = createTimeScale('2022-01-01', '2030-12-31', 0.2);
    expect(itemShape(makePhase({ start: '2022-09-01', end: '2022-09-01' }), far, 'x').width).toBe(
      MIN_BAR,
    );
  });

  it('centres a milestone diamond on its day with the label to its right', () => {
    const shape = itemShape(
      makeMilestone({ date: '2022-04-01' }),
      scale,
      'Suunnittelu valmis 1.4.2022',
    );
    const center = scale.x('2022-04-01') + 2;
    expect(shape.x + DIAMOND / 2).toBe(center);
    expect(shape.labelX).toBeGreaterThan(center + DIAMOND / 2);
    expect(shape.span.x1).toBeGreaterThan(shape.labelX);
  });
});

describe('itemShape in a frame', () => {
  const frame = createTimeScale('2022-01-01', '2022-06-30', 4);

  it('cuts a bar that starts before the frame at its edge, with its label inside from there', () => {
    const shape = itemShape(
      makePhase({ start: '2017-01-01', end: '2022-03-31' }),
      frame,
      'Investointiohjelma 2017–2021',
      SCREEN_METRICS,
      true,
    );
    expect(shape).toMatchObject({ x: 0, clippedStart: true, clippedEnd: false, labelInside: true });
    expect(shape.labelX).toBe(PAD);
    expect(shape.label).toBe('Investointiohjelma 2017–2021');
  });

  it('cuts a bar that runs past the frame and never widens the frame', () => {
    const shape = itemShape(
      makePhase({ start: '2022-06-01', end: '2026-12-31' }),
      frame,
      'Toimeenpano',
      SCREEN_METRICS,
      true,
    );
    expect(shape.clippedEnd).toBe(true);
    expect(shape.x + shape.width).toBe(frame.width);
  });

  it('puts a label left of a milestone at the right edge, and shortens at a word when neither side holds it', () => {
    const left = itemShape(
      makeMilestone({ date: '2022-06-29' }),
      frame,
      'Testiympäristö valmiina 29.6.2022',
      SCREEN_METRICS,
      true,
    );
    expect(left.labelX + left.labelWidth).toBeLessThanOrEqual(left.x);
    const narrow = createTimeScale('2022-06-01', '2022-06-30', 4);
    const short = itemShape(
      makeMilestone({ date: '2022-06-15' }),
      narrow,
      'Testi valmis ja hyväksytty kaikilta osin 15.6.2022',
      SCREEN_METRICS,
      true,
    );
    expect(short.label.endsWith('…')).toBe(true);
    const words = 'Testi valmis ja hyväksytty kaikilta osin 15.6.2022'.split(' ');
    expect(words).toEqual(expect.arrayContaining(short.label.slice(0, -1).split(' ')));
    expect(short.span.x0).toBeGreaterThanOrEqual(0);
    expect(short.span.x1).toBeLessThanOrEqual(narrow.width);
  });
});

describe('stickyLabelX', () => {
  it('keeps the label of a bar begun before the frame at the frame edge, within its bar', () => {
    const shape = itemShape(
      makePhase({ start: '2022-01-01', end: '2022-06-30' }),
      scale,
      'Toteutus',
    );
    expect(stickyLabelX(shape, 300, SCREEN_METRICS)).toBe(300 + PAD);
    const end = shape.x + shape.width - PAD - shape.labelWidth;
    expect(stickyLabelX(shape, 5000, SCREEN_METRICS)).toBe(end);
    expect(stickyLabelX(shape, -50, SCREEN_METRICS)).toBe(shape.labelX);
  });
});

describe('labelFrameLeft', () => {
  const bar = itemShape(makePhase({ start: '2022-01-01', end: '2022-06-30' }), scale, 'Toteutus');
  const diamond = itemShape(makeMilestone({ date: '2022-03-01' }), scale, 'Päätös');
  const labelAt = (shape: typeof bar, frameLeft: number) => {
    const left = labelFrameLeft(shape, frameLeft, SCREEN_METRICS);
    return left === undefined ? shape.labelX : stickyLabelX(shape, left, SCREEN_METRICS);
  };

  it('puts the label where the frame edge would, at every scroll position', () => {
    for (const shape of [bar, diamond])
      for (let frameLeft = -100; frameLeft < 1200; frameLeft += 7)
        expect(labelAt(shape, frameLeft)).toBe(stickyLabelX(shape, frameLeft, SCREEN_METRICS));
  });

  it('stays the same while scrolling moves no label: before the bar, past its end, a milestone', () => {
    expect(labelFrameLeft(bar, -50, SCREEN_METRICS)).toBeUndefined();
    expect(labelFrameLeft(bar, 5000, SCREEN_METRICS)).toBe(
      labelFrameLeft(bar, 9000, SCREEN_METRICS),
    );
    expect(labelFrameLeft(diamond, 400, SCREEN_METRICS)).toBeUndefined();
    expect(labelFrameLeft(bar, 300, SCREEN_METRICS)).toBe(300);
  });

  it('never moves for a mark without a label (a collapsed lane’s), so a scroll redraws none', () => {
    const unlabelled = itemShape(makePhase({ start: '2022-01-01', end: '2022-06-30' }), scale, '');
    for (const frameLeft of [0, 100, 300, 600])
      expect(labelFrameLeft(unlabelled, frameLeft, SCREEN_METRICS)).toBeUndefined();
  });
});

describe('a label left of its mark', () => {
  it('is drawn right-aligned at the mark, so the drawn font’s width cannot push it away', () => {
    const caption = 'Sopimukset siirretty hyvinvointialueelle 30.12.2022';
    const item = { ...makeMilestone(), date: '2022-12-30', label: caption };
    const shape = itemShape(item, scale, caption);
    expect(shape.labelLeft).toBe(true);
    const placed = { item, lane: makeLane(), rowName: '', shape, y: 0, order: 0 };
    const label = itemMark(placed, DEFAULT_THEME, SCREEN_METRICS).label?.attrs;
    expect(label?.['text-anchor']).toBe('end');
    expect(Number(label?.x)).toBeCloseTo(shape.x - PAD / 2, 1);
  });
});
