import { describe, expect, it } from 'vitest';
import { placeMarkerLabels, type MarkerLabelText } from '../../../src/layout/markerLabels';
import { createTimeScale } from '../../../src/layout/timeScale';

const scale = createTimeScale('2022-01-01', '2022-12-31', 2);
const text = (key: string, date: string, extra: Partial<MarkerLabelText> = {}) => ({
  key,
  date,
  text: key,
  kind: 'milestone',
  ...extra,
});

describe('placeMarkerLabels', () => {
  it('puts labels left to right at their dates, each with the room up to the next', () => {
    const placed = placeMarkerLabels(
      [text('b', '2022-03-01'), text('a', '2022-01-11'), text('c', '2022-12-31')],
      scale,
    );
    expect(placed.map(({ key, x, width }) => [key, x, width])).toEqual([
      ['a', 20, 96],
      ['b', 118, 240],
      ['c', 728, 240],
    ]);
  });

  it.each([
    ['2021-12-31', false],
    ['2022-01-01', true],
    ['2022-12-31', true],
    ['2023-01-01', false],
  ])('keeps a label shown only in the window, dated %s: %s', (date, kept) => {
    const placed = placeMarkerLabels([text('today', date, { onlyInWindow: true })], scale);
    expect(placed.length).toBe(kept ? 1 : 0);
  });

  it('never gives a label less than 24 px, even when the next one is a day away', () => {
    const placed = placeMarkerLabels([text('a', '2022-05-01'), text('b', '2022-05-02')], scale);
    expect(placed[0]?.width).toBe(24);
  });
});
