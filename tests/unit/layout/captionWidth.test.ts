import { describe, expect, it } from 'vitest';
import { measureCaption } from '../../../src/layout/captionWidth';
import { noBreakAmounts } from '../../../src/layout/noBreakAmounts';
import { estimateTextWidth } from '../../../src/layout/textWidth';

describe('measureCaption', () => {
  it.each([
    ['Testaus', 13],
    ['Hankinta 942 086 €', 13],
    ['Hankinta 942 086 €', 20],
    ['', 13],
  ])('gives %j at %i px as drawn and as wide as measured directly', (raw, fontPx) => {
    const text = noBreakAmounts(raw);
    expect(measureCaption(raw, fontPx)).toEqual({ text, width: estimateTextWidth(text, fontPx) });
    // Asked again, from the memo: the same answer.
    expect(measureCaption(raw, fontPx)).toEqual({ text, width: estimateTextWidth(text, fontPx) });
  });

  it('keeps font sizes apart', () => {
    expect(measureCaption('Go-live', 26).width).toBe(estimateTextWidth('Go-live', 26));
    expect(measureCaption('Go-live', 13).width).toBe(estimateTextWidth('Go-live', 13));
  });
});
