import type { Messages } from './fi';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';

/** Each language's name in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

/**
 * A language's whole table. The first download holds only the Finnish of the first screen
 * (fiFirst.ts); Swedish and English load when first chosen.
 */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'sv') return (await import('./sv')).sv;
  if (language === 'en') return (await import('./en')).en;
  return (await import('./fi')).fi;
}
