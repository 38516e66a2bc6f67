import { describe, expect, it } from 'vitest';
import { linkShaper } from '../../../src/drawing/dependencyDrawing';
import { dependencyMark } from '../../../src/drawing/dependencyMarks';
import { DEFAULT_THEME } from '../../../src/drawing/theme';
import type { DependencyRoute } from '../../../src/layout/dependencyRoutes';
import { SCREEN_METRICS } from '../../../src/layout/metrics';

const ROUTE: DependencyRoute = {
  dependency: { id: 'd1', from: 'a', to: 'b', kind: 'finishToStart' },
  points: [
    [100, 22],
    [100, 26],
    [200, 26],
    [200, 56],
    [240, 56],
    [240, 62],
  ],
  down: true,
};

describe('dependencyMark', () => {
  it('draws the path up to the head and a head whose tip is on the successor', () => {
    const mark = dependencyMark(ROUTE, DEFAULT_THEME, SCREEN_METRICS);
    const [line, head] = mark.children ?? [];
    expect(line?.attrs.d).toBe('M100,22L100,26L200,26L200,56L240,56L240,57');
    expect(head?.attrs.d).toBe('M240,62L236.5,57L243.5,57Z');
    expect(mark.attrs['data-dependency']).toBe('d1');
  });

  it('draws a broken link in the warning colour, dashed, and says so', () => {
    const mark = dependencyMark(ROUTE, DEFAULT_THEME, SCREEN_METRICS, { broken: true });
    const [line, head] = mark.children ?? [];
    expect([line?.attrs.stroke, head?.attrs.fill]).toEqual([
      DEFAULT_THEME.late,
      DEFAULT_THEME.late,
    ]);
    expect(line?.attrs['stroke-dasharray']).toBeDefined();
    expect(mark.attrs['data-broken']).toBe('true');
  });

  it('draws of a dashed arrow only what is in the clip box, its dashes where the whole had them', () => {
    const long: DependencyRoute = {
      ...ROUTE,
      points: [
        [100, 0],
        [100, 5000],
        [140, 5000],
        [140, 5010],
      ],
    };
    const clip = { left: 0, right: 1000, top: 2000, bottom: 3000 };
    const mark = dependencyMark(long, DEFAULT_THEME, SCREEN_METRICS, { broken: true, clip });
    const whole = dependencyMark(long, DEFAULT_THEME, SCREEN_METRICS, { broken: true });
    const [piece, head] = mark.children ?? [];
    expect(mark.children).toHaveLength(2);
    expect(piece?.attrs.d).toBe('M100,2000L100,3000');
    const period = 7 * SCREEN_METRICS.k;
    expect(piece?.attrs['stroke-dashoffset']).toBe(2000 % period);
    expect(head).toEqual(whole.children?.at(-1));
    const sound = dependencyMark(long, DEFAULT_THEME, SCREEN_METRICS, { clip });
    expect(sound).toEqual(dependencyMark(long, DEFAULT_THEME, SCREEN_METRICS));
  });

  it('points the head up when the successor is above', () => {
    const up = {
      ...ROUTE,
      points: [
        [100, 2],
        [100, -4],
        [240, -4],
        [240, -8],
      ] as DependencyRoute['points'],
      down: false,
    };
    const head = dependencyMark(up, DEFAULT_THEME, SCREEN_METRICS).children?.[1];
    expect(head?.attrs.d).toBe('M240,-8L236.5,-3L243.5,-3Z');
  });
});

describe('linkShaper', () => {
  const broken = new Set(['d1']);

  it('draws each route once: asked again, it gives the same shape', () => {
    const shapeOf = linkShaper(broken, DEFAULT_THEME, SCREEN_METRICS);
    const first = shapeOf(ROUTE);
    expect(shapeOf(ROUTE)).toBe(first);
    expect(first).toEqual(dependencyMark(ROUTE, DEFAULT_THEME, SCREEN_METRICS, { broken: true }));
  });

  it('keeps a solid arrow through a new clip box, and cuts a dashed one to each new box', () => {
    const box = { left: 0, right: 1000, top: 0, bottom: 1000 };
    const next = { ...box, left: 1000, right: 2000 };
    const solid = linkShaper(new Set(), DEFAULT_THEME, SCREEN_METRICS);
    expect(solid(ROUTE, next)).toBe(solid(ROUTE, box));
    const dashed = linkShaper(broken, DEFAULT_THEME, SCREEN_METRICS);
    const cut = dashed(ROUTE, box);
    expect(dashed(ROUTE, box)).toBe(cut);
    expect(dashed(ROUTE, next)).not.toBe(cut);
    expect(dashed(ROUTE, next)).toEqual(
      dependencyMark(ROUTE, DEFAULT_THEME, SCREEN_METRICS, { broken: true, clip: next }),
    );
  });

  it('draws a route of a selected item stronger', () => {
    const sound = new Set<string>();
    const plain = linkShaper(sound, DEFAULT_THEME, SCREEN_METRICS)(ROUTE);
    const chosen = linkShaper(sound, DEFAULT_THEME, SCREEN_METRICS, new Set(['a']))(ROUTE);
    expect(chosen).toEqual(
      dependencyMark(ROUTE, DEFAULT_THEME, SCREEN_METRICS, { broken: false, highlighted: true }),
    );
    expect(chosen).not.toEqual(plain);
  });
});
