import { describe, expect, it } from 'vitest';
import { centsByYear, fundingSums } from '../../../../src/domain/funding/fundingSums';
import {
  COUNTY_DECISIONS,
  FUNDING_CATEGORIES,
  makeEntry,
} from '../../../factories/risksAndFunding';

const county = { categories: FUNDING_CATEGORIES, entries: [...COUNTY_DECISIONS] };

describe('funding sums', () => {
  it('adds the county’s five decisions up to 28 875 950 €, split as on its table', () => {
    const sums = fundingSums(county);
    expect(sums.total).toBe(2_887_595_000);
    expect([...sums.byCategory]).toEqual([
      ['basic', 525_880_400],
      ['ict', 2_361_714_600],
    ]);
    expect(sums.applied).toBe(0);
    expect(sums.openApplications).toBe(0);
  });

  it('sums by year, years ascending', () => {
    const sums = fundingSums(county);
    expect([...sums.byYear]).toEqual([
      [2021, (942_086 + 999_588 + 2_974_573) * 100],
      [2022, (12_434_759 + 11_524_944) * 100],
    ]);
  });

  it('keeps cents exact where floats would not (0,10 € + 0,20 € is 0,30 €)', () => {
    const entries = [
      makeEntry({ id: 'a', amounts: [{ category: 'basic', cents: 10 }] }),
      makeEntry({ id: 'b', amounts: [{ category: 'basic', cents: 20 }] }),
    ];
    expect(fundingSums({ categories: FUNDING_CATEGORIES, entries }).total).toBe(30);
  });

  it('keeps applications apart: the "+ X"', () => {
    const applied = makeEntry({
      id: 'haku',
      state: 'applied',
      amounts: [{ category: 'ict', cents: 4_700_000_000 }],
    });
    const sums = fundingSums({ ...county, entries: [...county.entries, applied] });
    expect(sums.total).toBe(2_887_595_000);
    expect(sums.applied).toBe(4_700_000_000);
    expect(sums.openApplications).toBe(1);
  });

  it('counts a paid decision as granted money', () => {
    const paid = makeEntry({ state: 'paid' });
    expect(fundingSums({ categories: FUNDING_CATEGORIES, entries: [paid] }).total).toBe(94_208_600);
  });

  it.each<[number, number[], string, [number, number][]]>([
    [
      100,
      [2021, 2022],
      '2021-07-01',
      [
        [2021, 50],
        [2022, 50],
      ],
    ],
    [
      101,
      [2022, 2021],
      '2021-07-01',
      [
        [2021, 51],
        [2022, 50],
      ],
    ],
    [
      200,
      [2021, 2022, 2023],
      '2021-07-01',
      [
        [2021, 67],
        [2022, 67],
        [2023, 66],
      ],
    ],
    [500, [], '2023-03-01', [[2023, 500]]],
  ])('shares %i cents over %j to the cent', (cents, years, date, expected) => {
    const entry = makeEntry({ years, date, amounts: [{ category: 'basic', cents }] });
    const shares = centsByYear(entry);
    expect(shares).toEqual(expected);
    expect(shares.reduce((sum, [, c]) => sum + c, 0)).toBe(cents);
  });

  it('is all zeros without a table', () => {
    expect(fundingSums(undefined)).toMatchObject({ total: 0, applied: 0, openApplications: 0 });
  });
});
