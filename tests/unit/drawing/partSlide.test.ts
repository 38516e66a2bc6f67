import { describe, expect, it } from 'vitest';
import { partSlide, partSlideKinds } from '../../../src/drawing/partSlide';
import type { Shape } from '../../../src/drawing/shape';
import { SLIDE } from '../../../src/drawing/slideDeck';
import { HIGH_CONTRAST_THEME } from '../../../src/drawing/theme';
import { svgDocument } from '../../../src/export/svgDocument';
import { tOf } from '../../factories/messages';
import { makePlan } from '../../factories/plans';
import {
  FUNDING_CATEGORIES,
  WORKING_GROUP_RISKS,
  makeEntry,
  planWithParts,
} from '../../factories/risksAndFunding';

const t = tOf('fi');
const plan = planWithParts();
const request = { plan, t, language: 'fi' as const, theme: HIGH_CONTRAST_THEME };
const flat = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => [s, ...flat(s.children ?? [])]);
const texts = (shapes: Shape[]) =>
  flat(shapes).flatMap((s) => (s.text === undefined ? [] : [s.text]));

describe('the Riskit and Rahoitus slides', () => {
  it('follow the roadmap only for a plan that has risks or funding', () => {
    expect(partSlideKinds(plan)).toEqual(['risks', 'funding']);
    expect(partSlideKinds(makePlan())).toEqual([]);
    expect(partSlideKinds(makePlan({ risks: [...WORKING_GROUP_RISKS] }))).toEqual(['risks']);
  });

  it('draw every risk number once, in a cell tinted by its severity, on a 16:9 slide', () => {
    const slide = partSlide('risks', request, SLIDE);
    expect([slide.width, slide.height]).toEqual([1920, 1080]);
    const chips = flat(slide.shapes).filter((s) => s.attrs['data-risk'] !== undefined);
    expect(chips.map((s) => s.attrs['data-risk'])).toEqual([2, 1, 5, 3, 4, 6]);
    // Risk 1 (korkea × vakava) sits right of risk 2 (korkea × kohtalainen), above 3 and 4.
    const at = (n: number) =>
      chips.find((s) => s.attrs['data-risk'] === n)?.attrs as {
        cx: number;
        cy: number;
      };
    expect(at(1).cx).toBeGreaterThan(at(2).cx);
    expect(at(1).cy).toBe(at(2).cy);
    expect(at(3).cy).toBeGreaterThan(at(1).cy);
    expect(at(6).cy).toBeGreaterThan(at(5).cy);
    expect(texts(slide.shapes)).toContain('Riskit');
    expect(texts(slide.shapes).some((s) => s.startsWith('Jatkuvuuden turvaaminen'))).toBe(true);
  });

  it('sum the county’s decisions to 28 875 950 € on the funding slide', () => {
    const slide = partSlide('funding', request, SLIDE);
    const all = texts(slide.shapes).map((s) => s.replace(/\u00a0/g, ' '));
    expect(all).toContain('28 875 950 €');
    expect(all).toContain('5 258 804');
    expect(all).toContain('23 617 146');
    expect(all).toContain('28,9 M€');
  });

  it('write "+ X" while an application is open', () => {
    const applied = makeEntry({ id: 'haku', state: 'applied', date: '2022-09-01' });
    const open = { ...plan, funding: { categories: FUNDING_CATEGORIES, entries: [applied] } };
    const all = texts(partSlide('funding', { ...request, plan: open }, SLIDE).shapes);
    expect(all.map((s) => s.replace(/\u00a0/g, ' '))).toContain('0,0 + X M€');
  });

  it('keep hostile text as text in the SVG', () => {
    const hostile = {
      ...plan,
      risks: [{ ...WORKING_GROUP_RISKS[0]!, title: '<script>alert(1)</script>' }],
    };
    const svg = svgDocument(partSlide('risks', { ...request, plan: hostile }, SLIDE), {
      title: 't',
      fontFamily: 'Arial',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
