import { describe, expect, it } from 'vitest';
import { CHIP_COLORS, SEVERITY_COLORS } from '../../../src/layout/riskColors';
import { contrastRatio } from '../../factories/contrast';

const severities = Object.entries(SEVERITY_COLORS);

describe('the risk matrix colours', () => {
  it.each(severities)('text on a %s cell passes WCAG AA', (_, { fill, ink }) => {
    expect(contrastRatio(ink, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['low', 'medium'],
    ['medium', 'high'],
    ['low', 'high'],
  ] as const)('%s and %s cells differ in greyscale (lightness ratio at least 1.8)', (a, b) => {
    expect(contrastRatio(SEVERITY_COLORS[a].fill, SEVERITY_COLORS[b].fill)).toBeGreaterThanOrEqual(
      1.8,
    );
  });

  it('chips read dark on white, and their frame stands out on every cell', () => {
    expect(contrastRatio(CHIP_COLORS.ink, CHIP_COLORS.fill)).toBeGreaterThanOrEqual(4.5);
    for (const [, { fill }] of severities)
      expect(
        Math.max(contrastRatio(CHIP_COLORS.border, fill), contrastRatio(CHIP_COLORS.fill, fill)),
      ).toBeGreaterThanOrEqual(3);
  });
});
