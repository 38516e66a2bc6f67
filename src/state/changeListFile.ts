import type { Plan } from '../domain/planSchema';
import { changeListCsv } from '../export/changeListCsv';
import type { ChangeLine } from '../i18n/changeLine';
import type { Translate } from '../i18n/translate';
import { downloadText } from '../io/download';
import { planFileName } from '../io/fileName';

/** Downloads the change list as CSV, named after the plan: "Tiekartta 2022-06-15-muutokset.csv". */
export function downloadChangeList(plan: Plan, lines: readonly ChangeLine[], t: Translate): void {
  const name = planFileName(plan.title, plan.asOf, `-${t('changes.fileStem')}.csv`);
  downloadText(name, changeListCsv(lines, t), 'text/csv;charset=utf-8');
}
