import { describe, expect, it } from 'vitest';
import { planFileName } from '../../../src/io/fileName';

describe('planFileName', () => {
  it.each([
    ['ICT-muutoksen tiekartta 2022', 'ICT-muutoksen tiekartta 2022-2022-06-15.tiekartta.json'],
    ['Keski-Suomi: TORI/TOSI?', 'Keski-Suomi TORI TOSI-2022-06-15.tiekartta.json'],
    ['Tiekartta <luonnos> "v2" | *', 'Tiekartta luonnos v2-2022-06-15.tiekartta.json'],
    ['  ..piste alussa ja lopussa.. ', 'piste alussa ja lopussa-2022-06-15.tiekartta.json'],
    ['rivin\nvaihto\tja sarkain', 'rivin vaihto ja sarkain-2022-06-15.tiekartta.json'],
    ['CON', 'tiekartta-CON-2022-06-15.tiekartta.json'],
    ['???', 'tiekartta-2022-06-15.tiekartta.json'],
    ['Åland ja Överby', 'Åland ja Överby-2022-06-15.tiekartta.json'],
  ])('%j becomes %j', (title, expected) => {
    expect(planFileName(title, '2022-06-15')).toBe(expected);
  });

  it('keeps long titles short enough for every file system', () => {
    expect(planFileName('x'.repeat(300), '2022-06-15').length).toBeLessThanOrEqual(150);
  });
});
