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

/** A stored JSON value that passes its schema, or null. */
function readJson<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(read(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
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
  return readJson(SESSION_KEY, sessionSchema) ?? { openPlanId: null };
}

export function saveSession(session: Session): void {
  write(SESSION_KEY, JSON.stringify(session));
}

const viewSchema = z.object({
  pxPerDay: z.number().positive().max(1000),
  leftDate: z.iso.date(),
  scrollTop: z.number().min(0).max(1e7),
});
export type SavedView = z.infer<typeof viewSchema>;
const viewKey = (planId: string) => `tiekartta.view.${planId}`;

export function loadView(planId: string): SavedView | null {
  return readJson(viewKey(planId), viewSchema);
}

export function saveView(planId: string, view: SavedView): void {
  write(viewKey(planId), JSON.stringify(view));
}
