import { z } from 'zod/mini';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';
import { read, readJson, write } from './localStore';

const LANGUAGE_KEY = 'tiekartta.language';
const SESSION_KEY = 'tiekartta.session';

const sessionSchema = z.object({ openPlanId: z.nullable(z.string().check(z.maxLength(64))) });
export type Session = z.infer<typeof sessionSchema>;

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
  pxPerDay: z.number().check(z.positive(), z.maximum(1000)),
  leftDate: z.iso.date(),
  scrollTop: z.number().check(z.minimum(0), z.maximum(1e7)),
});
export type SavedView = z.infer<typeof viewSchema>;
const viewKey = (planId: string) => `tiekartta.view.${planId}`;

export function loadView(planId: string): SavedView | null {
  return readJson(viewKey(planId), viewSchema);
}

export function saveView(planId: string, view: SavedView): void {
  write(viewKey(planId), JSON.stringify(view));
}
