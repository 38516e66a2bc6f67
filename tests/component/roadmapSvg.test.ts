import { describe, expect, it } from 'vitest';
import { HIGH_CONTRAST_THEME } from '../../src/drawing/theme';
import { PICTURE_WIDTH, roadmapSvg } from '../../src/export/roadmapSvg';
import type { Plan } from '../../src/domain/planSchema';
import { itemCaption } from '../../src/i18n/itemText';
import { noBreakAmounts } from '../../src/layout/noBreakAmounts';
import { MESSAGES } from '../factories/messages';
import { translate } from '../../src/i18n/translate';
import { parsePlanText } from '../../src/io/parsePlanFile';
import { SAMPLE_TEXT } from '../factories/fixtures';
import { makeLane, makeMilestone, makePhase, makePlan } from '../factories/plans';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(MESSAGES.fi, key, params);
const parsed = parsePlanText(SAMPLE_TEXT);
const SAMPLE = (parsed.ok ? parsed.plan : null) as Plan;
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((node) => node.textContent);

describe('SVG export', () => {
  it('parses as XML and holds every item label, lane, row and the title block as text', () => {
    const doc = parse(roadmapSvg({ plan: SAMPLE, language: 'fi', t }).svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const all = texts(doc);
    for (const item of SAMPLE.items) expect(all).toContain(noBreakAmounts(itemCaption(item, 'fi')));
    for (const lane of SAMPLE.lanes) expect(all.join(' ')).toContain(lane.name);
    expect(all).toContain('ICT-muutoksen tiekartta 2022');
    expect(all).toContain('JULKINEN');
    expect(all).toContain('Keski-Suomen hyvinvointialue · Tilannepäivä 15.6.2022');
    expect(all).toContain('Selite:');
  });

  it('is self-contained: no script, no event handlers, no external references', () => {
    const { svg } = roadmapSvg({ plan: SAMPLE, language: 'fi', t });
    const doc = parse(svg);
    expect(doc.querySelector('script, foreignObject, image, use, style')).toBeNull();
    const attributes = [...doc.querySelectorAll('*')].flatMap((node) => [...node.attributes]);
    expect(attributes.filter((a) => a.name.startsWith('on'))).toEqual([]);
    expect(attributes.filter((a) => /href/i.test(a.name))).toEqual([]);
    expect(attributes.filter((a) => /url\((?!#)/.test(a.value))).toEqual([]);
  });

  it('keeps hostile labels as text and never as markup', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>" onload="alert(3)';
    const plan = makePlan({
      title: hostile,
      lanes: [makeLane({ name: hostile })],
      items: [
        makeMilestone({ label: hostile }),
        makePhase({ label: hostile, link: 'https://example.fi/?a="b"' }),
      ],
    });
    const doc = parse(roadmapSvg({ plan, language: 'fi', t, embed: hostile }).svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script, img')).toBeNull();
    expect(
      [...doc.querySelectorAll('*')]
        .flatMap((n) => [...n.attributes])
        .filter((a) => a.name.startsWith('on')),
    ).toEqual([]);
    expect(texts(doc)).toContain(hostile);
    expect(doc.querySelector('metadata')?.textContent).toBe(hostile);
  });

  it('draws only the chosen period and dims every lane but the one in focus', () => {
    const full = roadmapSvg({ plan: SAMPLE, language: 'fi', t });
    const half = roadmapSvg({
      plan: SAMPLE,
      language: 'fi',
      t,
      frame: { start: '2022-07-01', end: '2022-12-31' },
      theme: HIGH_CONTRAST_THEME,
      focusLaneId: 'lane-tosi',
    });
    expect([half.width, full.width]).toEqual([PICTURE_WIDTH, PICTURE_WIDTH]);
    const doc = parse(half.svg);
    expect(texts(doc)).not.toContain(
      itemCaption(
        SAMPLE.items.find((i) => i.label === 'Sopimusten kartoitus') as Plan['items'][number],
        'fi',
      ),
    );
    expect(doc.querySelectorAll('[opacity="0.25"]').length).toBeGreaterThan(0);
  });
});
