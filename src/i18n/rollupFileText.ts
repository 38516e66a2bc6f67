import type { RollupFileResult } from '../io/rollupFile';
import type { RollupFileIssue } from '../io/rollupFileIssues';
import { describeIssue } from './describeImportError';
import type { Language } from './languages';
import type { Translate } from './translate';

/** Where an issue of a roll-up file is and what is wrong, as a plan file's issues are said. */
export function describeRollupIssue(issue: RollupFileIssue, t: Translate, language: Language) {
  const parts = issue.field ? [{ kind: 'field' as const, name: issue.field }] : [];
  const said = describeIssue({ ...issue, location: { parts } }, t, language);
  return issue.entry ? `${t(`rollup.where.${issue.entry.kind}`, issue.entry)} › ${said}` : said;
}

/** Why a roll-up file was refused: the reason, and for invalid content its first issues. */
export function rollupFileReason(
  result: Extract<RollupFileResult, { ok: false }>,
  t: Translate,
  language: Language,
): string {
  const reason = t(`rollup.fileError.${result.error}`);
  if (result.error !== 'invalid-data' || result.issues.length === 0) return reason;
  const issues = result.issues.slice(0, 3).map((issue) => describeRollupIssue(issue, t, language));
  return `${reason}: ${issues.join('; ')}`;
}
