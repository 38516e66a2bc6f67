import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/domain/planSchema';
import { en } from '../../../src/i18n/en';
import { fi } from '../../../src/i18n/fi';
import { itemWeeks } from '../../../src/i18n/itemText';
import { translate, type Translate } from '../../../src/i18n/translate';

const tFi: Translate = (key, params) => translate(fi, key, params);
const tEn: Translate = (key, params) => translate(en, key, params);

const phase = (start: string, end: string): Item => ({
  id: 'item-1',
  type: 'phase',
  rowId: 'row-1',
  label: 'Käyttöönotto',
  start,
  end,
  status: 'planned',
});

describe('itemWeeks', () => {
  it('gives bare week numbers within one ISO week-year', () => {
    expect(itemWeeks(phase('2022-09-01', '2022-09-30'), tFi)).toBe('vk 35–39');
  });

  it('names the year at each end of a multi-year phase', () => {
    expect(itemWeeks(phase('2023-06-26', '2025-03-20'), tFi)).toBe('vk 26/2023 – vk 12/2025');
    expect(itemWeeks(phase('2023-06-26', '2025-03-20'), tEn)).toBe('wk 26/2023 – wk 12/2025');
  });

  it('uses the ISO week-year, not the calendar year, at a year end', () => {
    // 1.1.2021 is a Friday in week 53 of 2020; 27.12.2021–2.1.2022 is all week 52 of 2021.
    expect(itemWeeks(phase('2021-01-01', '2021-12-31'), tFi)).toBe('vk 53/2020 – vk 52/2021');
    expect(itemWeeks(phase('2021-12-27', '2022-01-02'), tFi)).toBe('vk 52–52');
  });
});
