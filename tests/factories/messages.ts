import { en } from '../../src/i18n/en';
import { fi, type Messages } from '../../src/i18n/fi';
import type { Language } from '../../src/i18n/languages';
import { sv } from '../../src/i18n/sv';

/** Every language's message table at once, for tests that go through them all. */
export const MESSAGES: Record<Language, Messages> = { fi, sv, en };
