import { fi, type Messages } from './fi';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';

/** Each language's name in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

/** Finnish is in the first download; Swedish and English load when first chosen. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'sv') return (await import('./sv')).sv;
  if (language === 'en') return (await import('./en')).en;
  return fi;
}
