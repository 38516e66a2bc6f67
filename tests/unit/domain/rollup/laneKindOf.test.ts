import { describe, expect, it } from 'vitest';
import { kindOfName, laneKindOf } from '../../../../src/domain/rollup/laneKindOf';

describe('a lane of another plan maps to one of the five lane kinds', () => {
  it.each([
    ['A. Hallinnolliset tehtävät', 'hallinto'],
    ['Hallinto', 'hallinto'],
    ['Sopimukset', 'hallinto'],
    ['Förvaltning', 'hallinto'],
    ['B. TORI', 'tori'],
    ['Toimialariippumattomat järjestelmät', 'tori'],
    ['Sector-independent systems', 'tori'],
    ['C. TOSI', 'tosi'],
    ['Toimialasidonnaiset järjestelmät', 'tosi'],
    ['Asiakas- ja potilastietojärjestelmät', 'tosi'],
    ['D. ICT-infra', 'infra'],
    ['E. ICT-infran järjestelmät', 'infra'],
    ['Päätelaitteet', 'infra'],
    ['Verkot ja konesalit', 'infra'],
    ['Digiohjelma', 'custom'],
    ['Kestävä kasvu', 'custom'],
    ['Historia', 'custom'],
  ] as const)('“%s” → %s', (name, kind) => {
    expect(kindOfName(name)).toBe(kind);
  });

  it('keeps the kind a plan gave its lane, whatever the lane is called', () => {
    expect(laneKindOf({ kind: 'tosi', name: 'Hallinto' })).toBe('tosi');
    expect(laneKindOf({ kind: 'custom', name: 'Hallinto' })).toBe('hallinto');
  });
});
