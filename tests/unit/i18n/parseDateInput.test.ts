import { describe, expect, it } from 'vitest';
import { isoWeekMonday, parseDateInput } from '../../../src/i18n/parseDateInput';

describe('parseDateInput', () => {
  it.each([
    ['1.4.2022', false, '2022-04-01'],
    [' 01.04.2022 ', false, '2022-04-01'],
    ['1.4.', false, '2022-04-01'],
    ['2022-04-01', false, '2022-04-01'],
    ['vk 23', false, '2022-06-06'],
    ['vk 23', true, '2022-06-12'],
    ['vk23/2023', false, '2023-06-05'],
    ['v 1/2021', false, '2021-01-04'],
    ['w53/2020', false, '2020-12-28'],
    ['viikko 53/2026', true, '2027-01-03'],
    ['30.2.2022', false, null],
    ['vk 53/2022', false, null],
    ['vk 0', false, null],
    ['huhtikuu', false, null],
    ['', false, null],
  ])('%j (end: %s) is %s', (text, end, expected) => {
    expect(parseDateInput(text, '2022-06-15', end)).toBe(expected);
  });

  it('finds the Monday of week 1 across the year boundary', () => {
    expect(isoWeekMonday(2025, 1)).toBe('2024-12-30');
  });
});
