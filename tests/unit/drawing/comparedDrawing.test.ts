import { describe, expect, it } from 'vitest';
import { printSheets } from '../../../src/drawing/printSheets';
import type { RoadmapDrawing } from '../../../src/drawing/roadmapDrawing';
import type { Shape } from '../../../src/drawing/shape';
import { DEFAULT_THEME } from '../../../src/drawing/theme';
import { pictureDrawings } from '../../../src/export/pictureExport';
import { roadmapSvg } from '../../../src/export/roadmapSvg';
import { NO_HYPHENATION } from '../../../src/layout/hyphenation';
import { estimateTextWidth } from '../../../src/layout/textWidth';
import { comparedSample } from '../../factories/comparedSample';
import { tFi as t } from '../../factories/comparedPlan';

const { plan, compared } = comparedSample();
const flat = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => [s, ...flat(s.children ?? [])]);
const marked = (d: RoadmapDrawing, name: string) =>
  flat(d.shapes).filter((s) => s.attrs[name] !== undefined);
const ids = (d: RoadmapDrawing, name: string) => marked(d, name).map((s) => s.attrs[name]);

/** A text's box from its attributes, its width as the layout estimates it. */
function box(s: Shape) {
  const font = Number(s.attrs['font-size']);
  const width = estimateTextWidth(s.text ?? '', font);
  const x = Number(s.attrs.x);
  const anchor = s.attrs['text-anchor'];
  const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  const y = Number(s.attrs.y);
  return { x0, x1: x0 + width, y0: y - font / 2, y1: y + font / 2 };
}
/** How far two text boxes run into each other horizontally, in px; 0 when apart. */
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1
    ? Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) - 1)
    : 0;

const request = {
  plan,
  planFile: '',
  language: 'fi' as const,
  t,
  hyphenate: NO_HYPHENATION,
  compared,
};
const outputs: [string, RoadmapDrawing[]][] = [
  ['the picture', pictureDrawings({ ...request, kind: 'svg' })],
  ['the slide', pictureDrawings({ ...request, kind: 'slide' })],
  [
    'the printed A4 sheets',
    printSheets({ ...request, theme: DEFAULT_THEME, frame: plan.window }, 'a4', 'legible'),
  ],
];

describe('a compared plan in every picture', () => {
  it.each(outputs)(
    '%s draws the ghosts, the shifts, the removed item and the new one',
    (_, pages) => {
      const all = (name: string) => pages.flatMap((page) => ids(page, name));
      expect(all('data-ghost').sort()).toEqual(['m-026', 'm-061', 'p-027', 'p-035']);
      expect(all('data-removed')).toEqual(['p-021']);
      expect(all('data-strike')).toEqual(['p-021']);
      expect(all('data-new')).toEqual(['m-new']);
      expect(all('data-restyled')).toEqual(['p-062']);
      expect(pages.flatMap((page) => marked(page, 'data-shift').map((s) => s.text)).sort()).toEqual(
        ['+2 vk', '+3 vk', '\u22125 pv'],
      );
    },
  );

  // Item labels never overlap (packing keeps them apart); a shift label finds a free place beside
  // its ghost or item where there is one. On a crowded printed sheet there may be none: then it
  // takes the least covered place, into a neighbour's label by a few px of estimated width.
  it.each(outputs)('%s lays no shift label over another, nor much over any label', (_, pages) => {
    for (const page of pages) {
      const shifts = marked(page, 'data-shift').map(box);
      const labels = marked(page, 'data-item-label').map(box);
      for (const shift of shifts) {
        const worst = Math.max(0, ...labels.map((label) => overlap(shift, label)));
        expect(worst).toBeLessThanOrEqual(8);
        expect(shifts.filter((other) => other !== shift && overlap(shift, other) > 0)).toEqual([]);
      }
    }
  });

  it('lays no shift label over any label in the picture and the slide', () => {
    for (const [, pages] of outputs.slice(0, 2))
      for (const page of pages) {
        const labels = marked(page, 'data-item-label').map(box);
        for (const shift of marked(page, 'data-shift').map(box))
          expect(labels.filter((label) => overlap(shift, label) > 0)).toEqual([]);
      }
  });

  it('names the baseline in the subtitle and the legend of the SVG file', () => {
    const { svg } = roadmapSvg({ plan, language: 'fi', t, compared });
    expect(svg).toContain('Verrattu: Ohjausryhmä 14.3.2022');
    expect(svg).toContain('vertailukohdan sijainti: Ohjausryhmä 14.3.2022');
    expect(svg).toContain('>UUSI<');
  });

  it('dims the unchanged items, and only those, when asked', () => {
    const [drawing] = pictureDrawings({
      ...request,
      kind: 'svg',
      compared: { ...compared, dimUnchanged: true },
    });
    const bodies = marked(drawing!, 'data-item-mark');
    const dimmed = bodies
      .filter((s) => s.attrs.opacity === 0.25)
      .map((s) => s.attrs['data-item-mark']);
    const changed = new Set(compared.comparison.byId.keys());
    expect(dimmed.length).toBe(bodies.length - [...changed].filter((id) => id !== 'p-021').length);
    expect(dimmed.some((id) => changed.has(String(id)))).toBe(false);
  });

  it('draws nothing of a comparison without one', () => {
    const [drawing] = pictureDrawings({ ...request, kind: 'svg', compared: null });
    expect(ids(drawing!, 'data-ghost')).toEqual([]);
    expect(ids(drawing!, 'data-shift')).toEqual([]);
  });
});
