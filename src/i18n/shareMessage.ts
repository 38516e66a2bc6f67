import type { Plan } from '../domain/planSchema';
import { changeSummary, type ComparedWith } from './changeSummary';
import { changeLines, type ChangeInput } from './changeText';
import { isOpenHigh } from '../domain/risks/riskMatrix';
import { fundingSums } from '../domain/funding/fundingSums';
import { formatDate } from './formatDate';
import { formatEuros, formatMillions } from './formatMoney';
import type { Language } from './languages';
import type { Translate } from './translate';

/** The changes a message lists before "and N more": a mailto: link must stay short. */
export const SHARE_CHANGE_LINES = 5;

/**
 * The email that goes with a shared roadmap: what the attachment is and how to open it, and while
 * comparing, how many changes against what, with the first of them.
 */
export function shareMessage(
  plan: Plan,
  fileName: string,
  t: Translate,
  language: Language,
  compared?: ChangeInput & ComparedWith,
) {
  const date = formatDate(plan.asOf, language);
  const subject = t('share.subject', { title: plan.title, date });
  const body =
    t('share.body', {
      title: plan.title,
      organisation: plan.organisation,
      date,
      classification: t(`classification.${plan.classification}`),
      file: fileName,
    }) +
    partsPart(plan, t) +
    (compared ? changesPart(compared, t, language) : '');
  // RFC 6068: percent-encoded, line breaks as CRLF.
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return { subject, body, mailto: `mailto:?subject=${encode(subject)}&body=${encode(body)}` };
}

/** The risks and the money, one line each, when the plan carries them (issue 16). */
function partsPart(plan: Plan, t: Translate): string {
  const lines: string[] = [];
  const risks = plan.risks ?? [];
  if (risks.length)
    lines.push(t('share.risks', { count: risks.length, high: risks.filter(isOpenHigh).length }));
  if (plan.funding?.entries.length) {
    const sums = fundingSums(plan.funding);
    const amount = formatEuros(sums.total);
    const millions = formatMillions(sums.total, sums.openApplications > 0);
    lines.push(t('share.funding', { amount, millions }).replace(/\u00a0/g, ' '));
  }
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}

function changesPart(compared: ChangeInput & ComparedWith, t: Translate, language: Language) {
  const lines = changeLines(compared, t, language);
  const summary = changeSummary(lines.length, compared, t, language);
  const listed = lines.slice(0, SHARE_CHANGE_LINES).map((line) => `– ${line.text}\n`);
  const more = lines.length - listed.length;
  const rest = more
    ? `${t(more === 1 ? 'changes.moreOne' : 'changes.more', { count: more })}\n`
    : '';
  return `\n${summary}:\n${listed.join('')}${rest}`;
}
