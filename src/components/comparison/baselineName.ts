import { baselineNameSchema } from '../../domain/baselineSchema';
import { TEXT_MAX } from '../../domain/limits';
import type { Translate } from '../../i18n/translate';

/** The name as it will be kept, or the sentence that says why it cannot be. */
export function checkBaselineName(
  value: string,
  t: Translate,
): { ok: true; name: string } | { ok: false; error: string } {
  const name = value.trim();
  if (baselineNameSchema.safeParse(name).success) return { ok: true, name };
  return name.length > TEXT_MAX.name
    ? { ok: false, error: t('baselines.nameTooLong', { max: TEXT_MAX.name }) }
    : { ok: false, error: t('baselines.nameBlank') };
}
