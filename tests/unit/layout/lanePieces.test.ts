import { describe, expect, it } from 'vitest';
import { lanePieces, type LanePiece, type LaneRows } from '../../../src/layout/lanePieces';

/** A lane `id` whose rows are `heights` px tall, its name `nameHeight`. */
const lane = (id: string, heights: number[], nameHeight = 20): LaneRows => ({
  id,
  height: Math.max(
    nameHeight,
    heights.reduce((sum, h) => sum + h, 0),
  ),
  nameHeight,
  rows: heights.map((height, i) => ({ id: `${id}${i + 1}`, height })),
});
const whole = (laneId: string, height: number): LanePiece => ({ laneId, rowIds: null, height });
const part = (laneId: string, rowIds: string[], height: number): LanePiece => ({
  laneId,
  rowIds,
  height,
});

describe('lanePieces', () => {
  it.each<[string, LaneRows[], number, LanePiece[]]>([
    [
      'lanes that fit stay whole',
      [lane('a', [100, 100]), lane('b', [50])],
      250,
      [whole('a', 200), whole('b', 50)],
    ],
    [
      'a lane exactly as tall as the page stays whole',
      [lane('a', [100, 150])],
      250,
      [whole('a', 250)],
    ],
    [
      'a taller lane is split between its rows, as many to a piece as fit',
      [lane('a', [100, 100, 100, 100, 100])],
      250,
      [part('a', ['a1', 'a2'], 200), part('a', ['a3', 'a4'], 200), part('a', ['a5'], 100)],
    ],
    [
      'a row taller than the page is a piece of its own',
      [lane('a', [100, 400, 100])],
      250,
      [part('a', ['a1'], 100), part('a', ['a2'], 400), part('a', ['a3'], 100)],
    ],
    [
      'each piece is as tall as the lane name at least, and counts it',
      [lane('a', [40, 40, 40, 40], 90)],
      100,
      [part('a', ['a1', 'a2'], 90), part('a', ['a3', 'a4'], 90)],
    ],
    [
      'a lane of one row, or collapsed (no rows), is not split',
      [lane('a', [400]), { id: 'b', height: 400, nameHeight: 20, rows: [] }],
      250,
      [whole('a', 400), whole('b', 400)],
    ],
    ['no lanes, no pieces', [], 250, []],
  ])('%s', (_name, lanes, maxHeight, pieces) => {
    expect(lanePieces(lanes, maxHeight)).toEqual(pieces);
  });
});
