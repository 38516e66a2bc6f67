/**
 * Where a word may break at a line end, from the TeX hyphenation patterns of the `hyphen` package.
 * Each language's patterns load with a dynamic import, so the bundler puts them in a chunk of
 * their own that is fetched only when that language is first hyphenated.
 */

/** The word with soft hyphens (U+00AD) at the points where it may break at a line end. */
export type Hyphenate = (word: string) => string;

export type HyphenationLanguage = 'fi' | 'sv' | 'en';

/** Leaves every word whole: for tests, and until a language's patterns have loaded. */
export const NO_HYPHENATION: Hyphenate = (word) => word;

export const SOFT_HYPHEN = '\u00ad';

/** Shorter words are never hyphenated: a break in them saves little and reads badly. */
const MIN_WORD_LENGTH = 6;

/**
 * Letters kept together at a word's start and end, as each language's TeX hyphenation sets
 * \lefthyphenmin and \righthyphenmin: British English keeps three at the end ("in-ternal", where
 * the patterns alone would also allow "intern-al").
 */
const HYPHEN_MIN: Record<HyphenationLanguage, { left: number; right: number }> = {
  fi: { left: 2, right: 2 },
  sv: { left: 2, right: 2 },
  en: { left: 2, right: 3 },
};

type HyphenateSync = (text: string, options?: { minWordLength?: number }) => string;
interface LanguageModule {
  hyphenateSync: HyphenateSync;
}

/** The UI's English is British ("organisation", "colour"), so its patterns are en-gb's. */
const PATTERNS: Record<HyphenationLanguage, () => Promise<unknown>> = {
  fi: () => import('hyphen/fi'),
  sv: () => import('hyphen/sv'),
  en: () => import('hyphen/en-gb'),
};

/** The package is CommonJS: its exports come as the namespace or as its default, by bundler. */
function languageModule(namespace: unknown): LanguageModule {
  const candidates = [namespace, (namespace as { default?: unknown }).default];
  for (const candidate of candidates)
    if (typeof (candidate as Partial<LanguageModule> | undefined)?.hyphenateSync === 'function')
      return candidate as LanguageModule;
  throw new Error('hyphen: the language module has no hyphenateSync');
}

/** A hard hyphen stays in the word: the point after it is a break of its own, needing no mark. */
const HARD_HYPHEN = /([-\u2010])/;
/** A part the patterns may break: letters only, with punctuation at most around them. */
const LETTERS_PART = /^([\p{P}\p{S}]*)([\p{L}\p{M}]+)([\p{P}\p{S}]*)$/u;

function hyphenatePart(
  part: string,
  hyphenateSync: HyphenateSync,
  min: { left: number; right: number },
): string {
  const match = LETTERS_PART.exec(part);
  if (!match) return part; // digits or a code such as "TORI:n", "2022"
  const [, before = '', letters = '', after = ''] = match;
  if (letters.length < MIN_WORD_LENGTH) return part;
  // An acronym or code ("TOSI", "HILMA") is no syllable chain.
  if (letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase())
    return part;
  const marked = hyphenateSync(letters, { minWordLength: MIN_WORD_LENGTH });
  if (marked.replaceAll(SOFT_HYPHEN, '') !== letters) return part;
  let kept = '';
  let position = 0;
  for (const char of marked) {
    if (char !== SOFT_HYPHEN) {
      kept += char;
      position += char.length;
    } else if (position >= min.left && letters.length - position >= min.right) {
      kept += SOFT_HYPHEN;
    }
  }
  return `${before}${kept}${after}`;
}

function hyphenatorFor(
  hyphenateSync: HyphenateSync,
  min: { left: number; right: number },
): Hyphenate {
  return (word) => {
    // A word that already has soft hyphens is hyphenated as its writer chose.
    if (word.includes(SOFT_HYPHEN) || word.length < MIN_WORD_LENGTH) return word;
    return word
      .split(HARD_HYPHEN)
      .map((part, index) => (index % 2 === 1 ? part : hyphenatePart(part, hyphenateSync, min)))
      .join('');
  };
}

const loaded = new Map<HyphenationLanguage, Promise<Hyphenate>>();

/**
 * The language's hyphenator, its patterns fetched on the first call and kept for later ones
 * (the package caches each word's hyphenation itself).
 */
export async function loadHyphenator(language: HyphenationLanguage): Promise<Hyphenate> {
  let hyphenator = loaded.get(language);
  if (!hyphenator) {
    hyphenator = PATTERNS[language]().then((namespace) =>
      hyphenatorFor(languageModule(namespace).hyphenateSync, HYPHEN_MIN[language]),
    );
    // A failed fetch (a dropped connection) is tried again next time instead of being cached.
    hyphenator.catch(() => loaded.delete(language));
    loaded.set(language, hyphenator);
  }
  return hyphenator;
}
