import { en } from './en';
import { fi, type Messages } from './fi';
import { sv } from './sv';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';

/** Each language's name in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

export const MESSAGES: Record<Language, Messages> = { fi, sv, en };
