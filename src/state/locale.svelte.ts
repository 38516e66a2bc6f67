import type { MessageKey, Messages } from '../i18n/fi';
import { fiFirst } from '../i18n/fiFirst';
import { DEFAULT_LANGUAGE, LANGUAGES, loadMessages, type Language } from '../i18n/languages';
import { translate, type Params } from '../i18n/translate';
import { loadLanguage, saveLanguage } from '../persistence/preferences';

/** The UI language, remembered across visits; `t` re-renders whatever read it when it changes. */
class LocaleState {
  language = $state<Language>(DEFAULT_LANGUAGE);
  /**
   * Not reactive itself: a table only ever gains messages, so only what asked for a missing one
   * (it read `#added`) is drawn again when they arrive; the whole page is not.
   */
  #tables: Partial<Record<Language, Partial<Messages>>> = { fi: { ...fiFirst } };
  #added = $state(0);
  /** Resolves once the remembered language's messages are loaded. */
  readonly ready: Promise<void>;

  constructor() {
    this.ready = this.set(loadLanguage(), false);
  }

  t = (key: MessageKey, params?: Params): string => {
    const table = this.#tables[this.language] ?? fiFirst;
    // Parts loaded on first use bring their Finnish along (laterMessages.ts); should one ever
    // ask before, the messages are fetched and what asked is drawn again.
    if (!(key in table)) {
      void this.#added;
      void import('./laterMessages');
    }
    return translate(table, key, params);
  };

  /** Adds Finnish messages of parts loaded on first use. */
  addFinnish(...parts: Partial<Messages>[]): void {
    Object.assign(this.#tables.fi as Partial<Messages>, ...parts);
    this.#added += 1;
  }

  /** Switches at once when the language is loaded already; otherwise after loading it. */
  async set(language: Language, remember = true): Promise<void> {
    if (!LANGUAGES.includes(language)) return;
    if (!this.#tables[language]) {
      const messages = await loadMessages(language);
      this.#tables = { ...this.#tables, [language]: messages };
      this.#added += 1;
    }
    this.language = language;
    if (remember) saveLanguage(language);
    if (globalThis.document) document.documentElement.lang = language;
  }
}

export const locale = new LocaleState();
