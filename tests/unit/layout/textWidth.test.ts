import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateText, wrapText } from '../../../src/layout/textWidth';

describe('text fitting', () => {
  it('wraps words into lines that fit, keeping every word', () => {
    const lines = wrapText('Talous- ja henkilöstöhallinnon järjestelmät', 120, 12);
    expect(lines.join(' ')).toBe('Talous- ja henkilöstöhallinnon järjestelmät');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.filter((l) => l.includes(' ')))
      expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(120);
  });

  it('cuts a long text with an ellipsis and leaves a short one alone', () => {
    expect(truncateText('TORI', 100, 11)).toBe('TORI');
    const cut = truncateText('Tilannepäivä 15.6.2022 ja paljon muuta tekstiä', 80, 11);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 11)).toBeLessThanOrEqual(80);
  });
});
