import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import { markerLabels } from '../../../src/drawing/markerLabels';
import { headerMarks } from '../../../src/drawing/headerMarks';
import { DEFAULT_THEME } from '../../../src/drawing/theme';
import { markerTexts } from '../../../src/i18n/markerLabels';
import { SCREEN_METRICS } from '../../../src/layout/metrics';
import { createTimeScale } from '../../../src/layout/timeScale';
import { tFor } from '../../factories/changes';
import { makePlan } from '../../factories/plans';
import { COUNTY_DECISIONS, FUNDING_CATEGORIES, makeEntry } from '../../factories/risksAndFunding';

const summary = { label: 'Täydentävät rahoitushaut', date: '2022-06-15' };
const plan = (entries = [...COUNTY_DECISIONS], placed = true): Plan =>
  makePlan({
    funding: { categories: FUNDING_CATEGORIES, entries, ...(placed ? { summary } : {}) },
  });
const fundingText = (p: Plan) =>
  markerTexts(p, '2022-06-15', 'fi', tFor('fi'))
    .find((m) => m.key === 'funding')
    ?.text.replace(/\u00a0/g, ' ');

describe('the funding sum on the roadmap', () => {
  it('adds up the table as it is now', () => {
    expect(fundingText(plan())).toBe('Täydentävät rahoitushaut 28,9 M€');
    const applied = makeEntry({ id: 'haku', date: '2022-08-01', state: 'applied' });
    expect(fundingText(plan([...COUNTY_DECISIONS, applied]))).toBe(
      'Täydentävät rahoitushaut 28,9 + X M€',
    );
    expect(fundingText(plan(COUNTY_DECISIONS.slice(0, 1)))).toBe('Täydentävät rahoitushaut 0,9 M€');
  });

  it('is drawn only where it was placed', () => {
    expect(fundingText(plan(undefined, false))).toBeUndefined();
    expect(fundingText(makePlan())).toBeUndefined();
  });

  it('is a label of the header’s marker row, which the screen and every picture draw', () => {
    const p = plan();
    const scale = createTimeScale(p.window.start, p.window.end, 4);
    const header = headerMarks({
      rows: [[], []],
      markers: markerLabels(p, scale, '0000-00-00', 'fi', tFor('fi')),
      frameLeft: 0,
      frameRight: scale.width,
      theme: DEFAULT_THEME,
      metrics: SCREEN_METRICS,
    });
    const label = header.shapes.find((s) => s.attrs['data-marker-label'] === 'funding');
    expect(label?.text?.replace(/\u00a0/g, ' ')).toMatch(/^Täydentävät rahoitushaut/);
    const at = Math.round(scale.x('2022-06-15') * 10) / 10;
    expect(header.shapes.some((s) => s.tag === 'line' && s.attrs.x1 === at)).toBe(true);
  });
});
