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

describe('text width from the font’s glyph widths', () => {
  it('counts narrow and wide letters apart, as the font draws them', () => {
    // In Arial "iiii" is 0.89 em and "MMMM" 3.33 em: one average for both was 25–30 % off.
    expect(estimateTextWidth('MMMM', 10)).toBeGreaterThan(3.5 * estimateTextWidth('iiii', 10));
    expect(estimateTextWidth('Sopimukset', 100)).toBe(Math.ceil(5.224 * 100 * 1.08));
  });

  it('takes ä, ö and å as a, o and a, and never counts an unknown character short', () => {
    expect(estimateTextWidth('Hälsovård', 13)).toBe(estimateTextWidth('Halsovard', 13));
    expect(estimateTextWidth('漢字', 10)).toBeGreaterThanOrEqual(20);
    expect(estimateTextWidth('🙂', 10)).toBeGreaterThanOrEqual(10);
  });
});
