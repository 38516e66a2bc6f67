import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANE_COLORS } from '../../../src/domain/laneColors';
import { contrastRatio } from '../../factories/contrast';
import { tint } from '../../../src/layout/tint';
import { SAMPLE_TEXT } from '../../factories/fixtures';

const CSS = readFileSync(resolve(process.cwd(), 'src/app.css'), 'utf8');
const themeColor = (name: string) => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(CSS);
  if (!match) throw new Error(`--${name} is not a #rrggbb colour in app.css`);
  return match[1] as string;
};

describe('colour contrast of text in the default theme (WCAG 2.1 AA, 4.5:1)', () => {
  it.each([
    ['ink', 'paper'],
    ['ink', 'paper-soft'],
    ['ink-soft', 'paper'],
    ['ink-soft', 'paper-soft'],
    ['accent', 'paper'],
    ['accent-ink', 'accent'],
    ['danger', 'paper'],
  ])('--%s on --%s', (fg, bg) => {
    expect(contrastRatio(themeColor(fg), themeColor(bg))).toBeGreaterThanOrEqual(4.5);
  });

  const laneColors = [
    ...Object.values(LANE_COLORS),
    ...[...SAMPLE_TEXT.matchAll(/"color": "(#[0-9a-f]{6})"/g)].map((m) => m[1] as string),
  ];
  it.each(laneColors.flatMap((color) => [[color, 0.7] as const, [color, 0.88] as const]))(
    'bar labels (ink) on lane colour %s tinted %d',
    (color, amount) => {
      expect(contrastRatio(themeColor('ink'), tint(color, amount))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('computes the reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
