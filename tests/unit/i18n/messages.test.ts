import { describe, expect, it } from 'vitest';
import { fi, type MessageKey } from '../../../src/i18n/fi';
import { LANGUAGES } from '../../../src/i18n/languages';
import { MESSAGES } from '../../factories/messages';
import { translate } from '../../../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  it.each(LANGUAGES.filter((l) => l !== 'fi'))('%s has exactly the Finnish keys', (language) => {
    expect(Object.keys(MESSAGES[language]).sort()).toEqual(Object.keys(fi).sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'fi'))(
    '%s uses the same placeholders as Finnish in every message',
    (language) => {
      const mismatched = (Object.keys(fi) as MessageKey[]).filter(
        (key) => placeholders(MESSAGES[language][key]).join() !== placeholders(fi[key]).join(),
      );
      expect(mismatched).toEqual([]);
    },
  );

  it.each(LANGUAGES)('%s has no empty message', (language) => {
    expect(Object.entries(MESSAGES[language]).filter(([, text]) => !text.trim())).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate(fi, 'save.saved', { time: '14.32' })).toBe('Tallennettu 14.32');
  });

  it('leaves a missing placeholder visible instead of printing undefined', () => {
    expect(translate(fi, 'save.saved')).toBe('Tallennettu {time}');
  });

  it('inserts parameters as plain text, never interpreting them', () => {
    expect(translate(fi, 'file.rejected', { name: '<img src=x onerror=alert(1)>{name}' })).toBe(
      'Tiedostoa ”<img src=x onerror=alert(1)>{name}” ei voitu avata.',
    );
  });
});
