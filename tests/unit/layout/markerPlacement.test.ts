import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/seededRandom';
import {
  LEFT_GAP_PX,
  placeMarkerLabels,
  type MarkerSlot,
  type PlacedMarkerLabel,
} from '../../../src/layout/markerPlacement';
import { estimateTextWidth } from '../../../src/layout/textWidth';

const FONT = 11;
const PAD = 4;
const place = (labels: MarkerSlot[], lanes: number, maxX = 1000, minX?: number) =>
  placeMarkerLabels(labels, { fontPx: FONT, padPx: PAD, lanes, maxX, minX });
const brief = (placed: PlacedMarkerLabel[]) =>
  placed.map(({ key, x, lane, shown, full }) => ({ key, x, lane, shown, full }));

const meeting = (key: string, x: number, text: string): MarkerSlot => ({
  key,
  x,
  text,
  kind: 'meeting',
});
const asOf = (x: number, text = 'Tilannepäivä 1.4.2022'): MarkerSlot => ({
  key: 'asOf',
  x,
  text,
  kind: 'asOf',
});

describe('placeMarkerLabels', () => {
  it('puts two markers 10 px apart into two lanes, both in full', () => {
    const placed = place(
      [meeting('a', 100, 'Ohjausryhmä 1.3.2022'), meeting('b', 110, 'Ohjausryhmä 8.3.2022')],
      2,
    );
    expect(brief(placed)).toEqual([
      { key: 'a', x: 100, lane: 0, shown: 'Ohjausryhmä 1.3.2022', full: true },
      { key: 'b', x: 110, lane: 1, shown: 'Ohjausryhmä 8.3.2022', full: true },
    ]);
  });

  it('shows the as-of label and a meeting at the same x, the as-of label on top', () => {
    const placed = place([meeting('m', 200, 'Johtoryhmä 1.4.2022'), asOf(200)], 2);
    expect(brief(placed)).toEqual([
      { key: 'm', x: 200, lane: 1, shown: 'Johtoryhmä 1.4.2022', full: true },
      { key: 'asOf', x: 200, lane: 0, shown: 'Tilannepäivä 1.4.2022', full: true },
    ]);
  });

  it('gives the as-of label the room right of a shared line in one lane; the meeting goes left of it', () => {
    const placed = place([meeting('m', 200, 'Johtoryhmä 1.4.2022'), asOf(200)], 1);
    expect(brief(placed)).toEqual([
      { key: 'm', x: 200, lane: 0, shown: 'Johtoryhmä 1.4.2022', full: true },
      { key: 'asOf', x: 200, lane: 0, shown: 'Tilannepäivä 1.4.2022', full: true },
    ]);
    const width = estimateTextWidth('Johtoryhmä 1.4.2022', FONT);
    expect(placed[0]).toMatchObject({ left: true, from: 200 - LEFT_GAP_PX - width });
  });

  it('keeps its line only when the text fits on neither side', () => {
    const placed = place([meeting('m', 20, 'Johtoryhmä 1.4.2022'), asOf(20)], 1);
    expect(brief(placed)[0]).toEqual({ key: 'm', x: 20, lane: 0, shown: '', full: false });
    expect(placed[0]?.width).toBe(0);
  });

  it('puts a label that would be cut at the right edge left of its line, whole', () => {
    const [label] = place([meeting('m', 950, 'Hyvinvointialue aloittaa 1.1.2023')], 2, 1000);
    expect(label).toMatchObject({
      shown: 'Hyvinvointialue aloittaa 1.1.2023',
      full: true,
      left: true,
    });
  });

  it('shortens a label left of the as-of line at a word, not the as-of label', () => {
    const placed = place([meeting('m', 0, 'Ohjausryhmän kokous 15.3.2022'), asOf(100)], 1);
    expect(brief(placed)).toEqual([
      { key: 'm', x: 0, lane: 0, shown: 'Ohjausryhmän…', full: false },
      { key: 'asOf', x: 100, lane: 0, shown: 'Tilannepäivä 1.4.2022', full: true },
    ]);
  });

  it.each<[string, string, number, string]>([
    [
      'the whole first word before the edge, not "Ti…"',
      'Tiekartta valmis 1.4.2022',
      estimateTextWidth('Tiekartta valmis…', FONT) - 1,
      'Tiekartta…',
    ],
    ['the date when no word fits with "…"', 'Tiekartta valmis 1.4.2022', 55, '1.4.2022'],
    ['the as-of date alone', 'Tilannepäivä 1.4.2022', 55, '1.4.2022'],
    ['an English date', 'Käyttöönotto 1 Apr 2022', 64, '1 Apr 2022'],
    [
      'the first word when there is no date',
      'Tiekartta valmis',
      estimateTextWidth('Tiekartta', FONT) + 2,
      'Tiekartta',
    ],
    ['nothing when not even that fits', 'Tiekartta valmis 1.4.2022', 10, ''],
  ])('shortens towards the right edge: %s', (_name, text, room, shown) => {
    // With the frame starting at the line, there is no room left of it either.
    const [label] = place([{ key: 'k', x: 900, text, kind: 'keyDate' }], 2, 900 + room, 900);
    expect(label).toMatchObject({ lane: 0, shown, full: false });
    expect(label?.width).toBe(estimateTextWidth(shown, FONT));
  });

  it('pins a label whose line is left of the frame to the left edge, where it takes room', () => {
    const placed = place(
      [meeting('early', -50, 'Aloitus 1.1.2022'), meeting('edge', 0, 'Kokous 3.1.2022')],
      2,
      1000,
      0,
    );
    expect(brief(placed)).toEqual([
      { key: 'early', x: 0, lane: 0, shown: 'Aloitus 1.1.2022', full: true },
      { key: 'edge', x: 0, lane: 1, shown: 'Kokous 3.1.2022', full: true },
    ]);
  });

  it('reuses a lane once the label before has ended, with the gap kept', () => {
    const first = meeting('a', 0, 'TORI');
    const end = estimateTextWidth('TORI', FONT) + PAD;
    expect(place([first, meeting('b', end, 'TOSI')], 2).map((l) => l.lane)).toEqual([0, 0]);
    expect(place([first, meeting('b', end - 1, 'TOSI')], 2).map((l) => l.lane)).toEqual([0, 1]);
  });

  it('never overlaps, stays inside the frame and shows only allowed forms (1,000 random sets)', () => {
    const random = seededRandom(1042022);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const names = [
      'Tiekartta',
      'valmis',
      'ICT-infra',
      'Sote-uudistus',
      'TORI',
      'Ohjausryhmän',
      'kokous',
      'Talous-',
      'ja',
      'e-lasku',
      'käyttöön',
    ];
    const kinds = ['keyDate', 'meeting', 'blackout', 'other'];
    const dateAtEnd = /(?:^|\s)(\d{1,2}\.\d{1,2}\.\d{4})$/u;
    const failures: string[] = [];

    for (let set = 0; set < 1000; set++) {
      const fontPx = 9 + Math.floor(random() * 5);
      const padPx = Math.floor(random() * 7);
      const lanes = 1 + Math.floor(random() * 3);
      const maxX = 200 + Math.floor(random() * 1000);
      const minX = random() < 0.5 ? undefined : Math.floor(random() * 100);
      const date = () => `${1 + Math.floor(random() * 28)}.${1 + Math.floor(random() * 12)}.2022`;
      // Lines cluster (20 %) or spread over the frame, some left of it or past its right edge.
      const x = () =>
        random() < 0.2 ? 300 + random() * 20 : Math.round(random() * (maxX + 80) - 60);
      const labels: MarkerSlot[] = Array.from({ length: Math.floor(random() * 12) }, (_, i) => {
        const kind = pick(kinds);
        const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(names));
        return {
          key: `m${i}`,
          x: x(),
          text: [...words, ...(kind === 'blackout' ? [] : [date()])].join(' '),
          kind,
        };
      });
      if (random() < 0.8)
        labels.push({ key: 'asOf', x: x(), text: `Tilannepäivä ${date()}`, kind: 'asOf' });
      if (random() < 0.5) labels.push({ key: 'today', x: x(), text: 'Tänään', kind: 'today' });
      const options = { fontPx, padPx, lanes, maxX, minX };
      const placed = placeMarkerLabels(labels, options);
      const fail = (why: string) =>
        failures.push(
          `set ${set}: ${why}` +
            (failures.length < 3 ? ` in ${JSON.stringify({ options, labels, placed })}` : ''),
        );

      if (placed.length !== labels.length) fail('one entry per label');
      placed.forEach((p, i) => {
        const label = labels[i] as MarkerSlot;
        const first = label.text.trim().split(/\s+/)[0];
        const prefix = p.shown.slice(0, -1);
        const allowed =
          p.shown === label.text ||
          p.shown === '' ||
          p.shown === first ||
          (label.text.endsWith(` ${p.shown}`) && dateAtEnd.test(p.shown)) ||
          (p.shown.endsWith('…') &&
            prefix.trim() !== '' &&
            label.text.startsWith(prefix) &&
            (/\s/u.test(label.text[prefix.length] ?? '') ||
              (prefix.endsWith('-') && /\p{L}/u.test(label.text[prefix.length] ?? ''))));
        if (p.key !== label.key) fail(`${p.key} out of order`);
        if (!allowed)
          fail(`${JSON.stringify(p.shown)} is no form of ${JSON.stringify(label.text)}`);
        if (p.width !== estimateTextWidth(p.shown, fontPx)) fail(`${p.key} width`);
        if (p.full !== (p.shown === label.text)) fail(`${p.key} full`);
        if (p.x !== Math.max(label.x, minX ?? -Infinity)) fail(`${p.key} not at its x`);
        if (!Number.isInteger(p.lane) || p.lane < 0 || p.lane >= lanes) fail(`${p.key} lane`);
        if (p.shown && p.from + p.width > maxX) fail(`${p.key} passes maxX`);
        if (p.left && (p.from < (minX ?? 0) || p.from < 0 || !p.full)) fail(`${p.key} left`);
        if (p.from !== (p.left ? p.x - LEFT_GAP_PX - p.width : p.x)) fail(`${p.key} from`);
        if (label.kind === 'asOf' && p.x + estimateTextWidth(label.text, fontPx) <= maxX && !p.full)
          fail('the as-of label was shortened though it fits');
      });
      const drawn = placed.filter((p) => p.shown !== '');
      for (const a of drawn)
        for (const b of drawn)
          if (
            a !== b &&
            a.lane === b.lane &&
            !(a.from + a.width + padPx <= b.from || b.from + b.width + padPx <= a.from)
          )
            fail(`${a.key} and ${b.key} overlap in lane ${a.lane}`);
    }
    expect(failures).toEqual([]);
  });
});
