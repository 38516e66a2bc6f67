import { describe, expect, it } from 'vitest';
import { changesPage } from '../../../src/components/changesPage';
import { presentationDeck } from '../../../src/drawing/slideDeck';
import { HIGH_CONTRAST_THEME } from '../../../src/drawing/theme';
import type { Shape } from '../../../src/drawing/shape';
import { NO_HYPHENATION } from '../../../src/layout/hyphenation';
import { tFi as t } from '../../factories/comparedPlan';
import { comparedSample } from '../../factories/comparedSample';

const { plan, compared } = comparedSample();
const flat = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => [s, ...flat(s.children ?? [])]);

describe('the "Muutokset" steps of a presentation', () => {
  it('steps through the lanes with changes, headed with the lane and its count', () => {
    const pages = [0, 1, 2].map((i) => changesPage(compared, i, t));
    expect(pages.map((p) => p.request?.heading)).toEqual([
      'Muutokset: TORI — 1 muutos',
      'Muutokset: TOSI — 3 muutosta',
      'Muutokset: ICT-infra — 3 muutosta',
    ]);
    expect(pages.map((p) => p.status)).toEqual([
      'Muutokset 1/3: TORI',
      'Muutokset 2/3: TOSI',
      'Muutokset 3/3: ICT-infra',
    ]);
    expect(changesPage(compared, 9, t).status).toBe('Muutokset 3/3: ICT-infra');
  });

  it('draws one lane’s rows with its ghosts and shifts under the heading, at 1366 × 768', () => {
    const page = changesPage(compared, 1, t).request!;
    const [drawing, ...more] = presentationDeck(
      {
        plan,
        language: 'fi',
        t,
        theme: HIGH_CONTRAST_THEME,
        hyphenate: NO_HYPHENATION,
        titleBlock: true,
        compared,
        ...page,
      },
      1366,
      768,
    );
    expect(more).toEqual([]);
    expect(drawing!.lanes.map((lane) => lane.name)).toEqual(['TOSI']);
    const shapes = flat(drawing!.shapes);
    expect(shapes.some((s) => s.text === 'Muutokset: TOSI — 3 muutosta')).toBe(true);
    expect(shapes.filter((s) => s.attrs['data-ghost']).map((s) => s.attrs['data-ghost'])).toEqual(
      expect.arrayContaining(['m-026', 'p-027', 'p-035']),
    );
    expect(
      shapes
        .filter((s) => s.attrs['data-shift'])
        .map((s) => s.text)
        .sort(),
    ).toEqual(['+2 vk', '+3 vk', '\u22125 pv']);
  });

  it('says so when nothing changed', () => {
    const none = { ...compared, comparison: { ...compared.comparison, items: [] } };
    expect(changesPage(none, 0, t)).toEqual({
      request: null,
      status: 'Muutokset: ei muutoksia vertailukohtaan',
      count: 0,
    });
  });
});
