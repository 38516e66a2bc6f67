import { describe, expect, it } from 'vitest';
import { partSlide, type PartSlideKind } from '../../../src/drawing/partSlide';
import type { Shape } from '../../../src/drawing/shape';
import { SLIDE } from '../../../src/drawing/slideDeck';
import { HIGH_CONTRAST_THEME } from '../../../src/drawing/theme';
import { estimateTextWidth } from '../../../src/layout/textWidth';
import { tOf } from '../../factories/messages';
import { makePlan } from '../../factories/plans';
import {
  FUNDING_CATEGORIES,
  makeEntry,
  makeRisk,
  planWithParts,
} from '../../factories/risksAndFunding';

const t = tOf('fi');
const plan = planWithParts();
const request = { plan, t, language: 'fi' as const, theme: HIGH_CONTRAST_THEME };
const flat = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => [s, ...flat(s.children ?? [])]);

/** The body's texts and their extent, measured as the layout measures text. */
function body(
  kind: PartSlideKind,
  size: { width: number; height: number },
  p = plan,
  minFontPx?: number,
) {
  const slide = partSlide(kind, { ...request, plan: p, minFontPx }, size);
  const root = flat(slide.shapes).find((s) => s.attrs['data-part-body'] === kind);
  const texts = flat(root?.children ?? []).filter((s) => s.text !== undefined);
  const boxes = texts.map((s) => {
    const font = Number(s.attrs['font-size']);
    const x = Number(s.attrs.x);
    const width = estimateTextWidth(s.text ?? '', font);
    const anchor = s.attrs['text-anchor'];
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return { left, right: left + width, top: Number(s.attrs.y) - font, bottom: Number(s.attrs.y) };
  });
  return {
    texts,
    fonts: texts.map((s) => Number(s.attrs['font-size'])),
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** A 1366 × 768 screen's stage under presentation's controls (two lines of them), drawn 1920 wide. */
const SCREEN_1366 = { width: 1920, height: 880 };

describe.each(['risks', 'funding'] as const)('the %s slide', (kind) => {
  it.each([
    ['a 16:9 slide', SLIDE],
    ['a 1366 × 768 screen', SCREEN_1366],
  ])('fills %s with text of 18 px or more', (_, size) => {
    const { fonts, left, right, top, bottom } = body(kind, size);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(18);
    expect((right - left) / size.width).toBeGreaterThanOrEqual(0.8);
    expect((bottom - top) / size.height).toBeGreaterThanOrEqual(0.5);
    expect(right).toBeLessThanOrEqual(size.width);
    expect(bottom).toBeLessThanOrEqual(size.height);
  });
});

describe('a long register or table', () => {
  it('keeps the funding text at 12 px or more and counts the decisions left out', () => {
    const entries = Array.from({ length: 60 }, (_, i) =>
      makeEntry({ id: `f-${i}`, date: `2022-01-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const many = makePlan({ funding: { categories: FUNDING_CATEGORIES, entries } });
    const { texts, fonts, bottom } = body('funding', SLIDE, many);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(12);
    expect(bottom).toBeLessThanOrEqual(SLIDE.height);
    const more = texts.find((s) => s.text?.startsWith('…ja '));
    expect(more?.text).toMatch(/^…ja \d+ muuta päätöstä tai hakua$/);
    const shown = texts.filter((s) => s.text?.startsWith('VM päätös')).length;
    expect(shown + Number(/\d+/.exec(more?.text ?? '')?.[0])).toBe(60);
  });

  it('writes many risks on one line each, and counts those left out', () => {
    const risks = Array.from({ length: 60 }, (_, i) =>
      makeRisk({ id: `r-${i}`, number: i + 1, title: `Riski numero ${i + 1}` }),
    );
    const { texts, fonts, bottom } = body('risks', SLIDE, makePlan({ risks }));
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(12);
    expect(bottom).toBeLessThanOrEqual(SLIDE.height);
    expect(texts.some((s) => s.text === 'Riski numero 1 – korkea × vakava · avoin')).toBe(true);
    expect(texts.at(-1)?.text).toMatch(/^…ja \d+ muuta riskiä$/);
  });

  it('keeps to the smallest type a screen asks for', () => {
    for (const kind of ['risks', 'funding'] as const) {
      expect(Math.min(...body(kind, SLIDE).fonts)).toBeLessThan(50);
      expect(Math.min(...body(kind, SLIDE, plan, 50).fonts)).toBeGreaterThanOrEqual(50);
    }
  });
});
