import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';

const LANGUAGE_KEY = 'tiekartta.language';
const SESSION_KEY = 'tiekartta.session';

const sessionSchema = z.object({ openPlanId: z.string().max(64).nullable() });
export type Session = z.infer<typeof sessionSchema>;

/** localStorage can be missing or throw (privacy settings); preferences then live for the tab. */
function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* A preference that cannot be kept is not worth an error on screen. */
  }
}

export function loadLanguage(): Language {
  const parsed = z.enum(LANGUAGES).safeParse(read(LANGUAGE_KEY));
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

export function saveLanguage(language: Language): void {
  write(LANGUAGE_KEY, language);
}

export function loadSession(): Session {
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(read(SESSION_KEY) ?? 'null'));
    return parsed.success ? parsed.data : { openPlanId: null };
  } catch {
    return { openPlanId: null };
  }
}

export function saveSession(session: Session): void {
  write(SESSION_KEY, JSON.stringify(session));
}
