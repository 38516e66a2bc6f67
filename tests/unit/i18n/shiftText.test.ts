import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { fi } from '../../../src/i18n/fi';
import { shiftText } from '../../../src/i18n/shiftText';
import { sv } from '../../../src/i18n/sv';
import { translate, type Translate } from '../../../src/i18n/translate';

const tOf =
  (messages: typeof en): Translate =>
  (key, params) =>
    translate(messages, key, params);

describe('shiftText', () => {
  it.each([
    [21, '+3 vk', '+3 v', '+3 wk'],
    [-5, '\u22125 pv', '\u22125 d', '\u22125 d'],
    [-14, '\u22122 vk', '\u22122 v', '\u22122 wk'],
    [10, '+10 pv', '+10 d', '+10 d'],
    [1, '+1 pv', '+1 d', '+1 d'],
  ])('writes a shift of %i days in whole weeks where it is some, else in days', (days, f, s, e) => {
    expect(shiftText(days, tOf(fi))).toBe(f);
    expect(shiftText(days, tOf(sv))).toBe(s);
    expect(shiftText(days, tOf(en))).toBe(e);
  });
});
