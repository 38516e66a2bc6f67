import { describe, expect, it } from 'vitest';
import {
  dateInputMessage,
  isoWeekMonday,
  parseDateInput,
  readDateInput,
} from '../../../src/i18n/parseDateInput';

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

describe('readDateInput and the calendar range (1.1.1900–31.12.2200)', () => {
  it.each<[string, string, boolean, string | null, string | undefined]>([
    ['1.1.1900', '2022-06-15', false, '1900-01-01', undefined],
    ['31.12.2200', '2022-06-15', false, '2200-12-31', undefined],
    ['31.12.9999', '2022-06-15', false, null, 'dateOutOfRange'],
    ['1.1.9999', '2022-06-15', false, null, 'dateOutOfRange'],
    ['31.12.1899', '2022-06-15', false, null, 'dateOutOfRange'],
    ['2201-01-01', '2022-06-15', false, null, 'dateOutOfRange'],
    ['vk 23', '9999-06-15', false, null, 'dateOutOfRange'],
    ['1.4.', '9999-06-15', false, null, 'dateOutOfRange'],
    ['vk 23/9999', '2022-06-15', true, null, 'dateOutOfRange'],
    // Week 1 of 1900 starts on 1.1.1900; week 52 of 2200 ends on 28.12.2200.
    ['vk 1/1900', '2022-06-15', false, '1900-01-01', undefined],
    ['vk 52/2200', '2022-06-15', true, '2200-12-28', undefined],
    ['30.2.2022', '2022-06-15', false, null, 'dateInvalid'],
    ['huomenna', '2022-06-15', false, null, 'dateInvalid'],
  ])('%s (reference %s, end %s) reads as %s', (text, reference, end, date, error) => {
    expect(readDateInput(text, reference, end)).toEqual(error ? { date, error } : { date });
    expect(parseDateInput(text, reference, end)).toBe(date);
  });

  it('tells the editors the range in the form users type dates', () => {
    expect(dateInputMessage('dateOutOfRange')).toEqual({
      key: 'editor.dateOutOfRange',
      params: { min: '1.1.1900', max: '31.12.2200' },
    });
    expect(dateInputMessage('dateInvalid')).toEqual({ key: 'editor.dateInvalid' });
  });
});
