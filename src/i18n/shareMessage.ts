import type { Plan } from '../domain/planSchema';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

/** The email that goes with a shared roadmap: what the attachment is and how to open it. */
export function shareMessage(plan: Plan, fileName: string, t: Translate, language: Language) {
  const date = formatDate(plan.asOf, language);
  const subject = t('share.subject', { title: plan.title, date });
  const body = t('share.body', {
    title: plan.title,
    organisation: plan.organisation,
    date,
    classification: t(`classification.${plan.classification}`),
    file: fileName,
  });
  // RFC 6068: percent-encoded, line breaks as CRLF.
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return { subject, body, mailto: `mailto:?subject=${encode(subject)}&body=${encode(body)}` };
}
