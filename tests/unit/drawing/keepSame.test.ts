import { describe, expect, it } from 'vitest';
import { keepSame, shape } from '../../../src/drawing/shape';

describe('keepSame', () => {
  const line = shape('line', { x1: 0, x2: 0, y1: 0, y2: 20 });
  const label = shape('text', { x: 4, y: 10, 'data-tick': '2022' }, '2022');

  it('hands back the shapes drawn before where the new ones equal them, wherever they stand', () => {
    const next = [shape('text', { x: 4, y: 10, 'data-tick': '2022' }, '2022'), { ...line }];
    const kept = keepSame([line, label], next);
    expect(kept[0]).toBe(label);
    expect(kept[1]).toBe(line);
  });

  it('keeps a changed shape as it now is', () => {
    const moved = shape('text', { x: 40, y: 10, 'data-tick': '2022' }, '2022');
    const other = shape('text', { x: 4, y: 10, 'data-tick': '2022' }, '2023');
    const kept = keepSame([line, label], [moved, other]);
    expect(kept[0]).toBe(moved);
    expect(kept[1]).toBe(other);
  });
});
