import type { MessageKey } from '../i18n/fi';
import { LANGUAGES, MESSAGES, type Language } from '../i18n/languages';
import { translate, type Params } from '../i18n/translate';
import { loadLanguage, saveLanguage } from '../persistence/preferences';

/** The UI language, remembered across visits; `t` re-renders whatever read it when it changes. */
class LocaleState {
  language = $state<Language>(loadLanguage());

  t = (key: MessageKey, params?: Params): string => translate(MESSAGES[this.language], key, params);

  set(language: Language): void {
    if (!LANGUAGES.includes(language)) return;
    this.language = language;
    saveLanguage(language);
    document.documentElement.lang = language;
  }
}

export const locale = new LocaleState();
