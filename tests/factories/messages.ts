import { en } from '../../src/i18n/en';
import { fi, type Messages } from '../../src/i18n/fi';
import type { Language } from '../../src/i18n/languages';
import { sv } from '../../src/i18n/sv';
import { translate } from '../../src/i18n/translate';

/** Every language's message table at once, for tests that go through them all. */
export const MESSAGES: Record<Language, Messages> = { fi, sv, en };

/** A translate function over one language's table. */
export const tOf =
  (language: Language) =>
  (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(MESSAGES[language], key, params);
