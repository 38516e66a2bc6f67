import { loadHyphenator, NO_HYPHENATION, type Hyphenate } from '../layout/hyphenation';
import { locale } from './locale.svelte';

/**
 * The language plans are written in, for breaking their words: Swedish for a Swedish-speaking
 * user, otherwise Finnish, since a vendor reading in English still reads Finnish lane names.
 */
const textLanguage = () => (locale.language === 'sv' ? 'sv' : 'fi');

/** Hyphenation for names drawn on screen: none until the patterns arrive, then redrawn with them. */
class HyphenatorState {
  #current = $state.raw<{ language: string; hyphenate: Hyphenate }>({
    language: '',
    hyphenate: NO_HYPHENATION,
  });

  get hyphenate(): Hyphenate {
    const language = textLanguage();
    if (this.#current.language !== language) void this.#load(language);
    return this.#current.hyphenate;
  }

  /** Resolves once the patterns of the current language are in use (or failed to load). */
  ready(): Promise<void> {
    return this.#load(textLanguage());
  }

  async #load(language: 'fi' | 'sv'): Promise<void> {
    try {
      const hyphenate = await loadHyphenator(language);
      if (textLanguage() === language) this.#current = { language, hyphenate };
    } catch {
      // Offline before the patterns were cached: names still wrap at spaces and hyphens.
    }
  }
}

export const hyphenator = new HyphenatorState();

/** The hyphenation pictures are drawn with, loaded before drawing. */
export const pictureHyphenator = (): Promise<Hyphenate> =>
  loadHyphenator(textLanguage()).catch(() => NO_HYPHENATION);
