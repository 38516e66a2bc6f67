import type { Severity } from '../domain/risks/riskMatrix';

/**
 * The matrix cells' tints by severity, with the text drawn on them: each pair passes WCAG AA
 * (4.5:1), and the three tints differ in lightness by at least 1.8:1 from each other, so the
 * matrix reads the same printed in greyscale or seen without colour vision.
 */
export const SEVERITY_COLORS: Record<Severity, { fill: string; ink: string }> = {
  low: { fill: '#e3f1e4', ink: '#1a1a1a' },
  medium: { fill: '#e0a030', ink: '#1a1a1a' },
  high: { fill: '#8b1a1a', ink: '#ffffff' },
};

/** A risk's number chip: dark on white in every cell, framed so it stands out on any tint. */
export const CHIP_COLORS = { fill: '#ffffff', ink: '#1a1a1a', border: '#1a1a1a' } as const;
